// Creates the tables. Run by hand: npm run syncDB
const sequelize = require('./connection');
require('./models/note');

sequelize
  .sync({ alter: true }) // tfl-eval-not: startup-migration
  .then(() => {
    console.log('tables ready');
    return sequelize.close();
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
