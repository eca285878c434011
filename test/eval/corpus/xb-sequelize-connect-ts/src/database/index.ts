import { sequelize } from './sequelize.js';
import '../models/item.js';

export { sequelize };

export async function connectDatabase(): Promise<void> {
  await sequelize.authenticate();
  await sequelize.sync({ alter: true });
}

export async function disconnectDatabase(): Promise<void> {
  await sequelize.close();
}
