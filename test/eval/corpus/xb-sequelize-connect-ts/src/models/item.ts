import { DataTypes, Model } from 'sequelize';
import { sequelize } from '../database/sequelize.js';

export class Item extends Model {
  declare id: number;
  declare sku: string;
  declare quantity: number;
}

Item.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    sku: { type: DataTypes.STRING, allowNull: false, unique: true },
    quantity: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
  },
  { sequelize, tableName: 'items' },
);
