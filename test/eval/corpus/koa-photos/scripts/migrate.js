// The release step: `npm run migrate`, once per deploy.
const { sequelize } = require('../src/db');

sequelize
  .sync({ alter: true })
  .then(() => sequelize.close())
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
