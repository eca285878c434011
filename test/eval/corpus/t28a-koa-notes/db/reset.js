const sequelize = require('./connection');
require('./models/note');

(async () => {
  await sequelize.sync({ force: true }); // tfl-eval-not: startup-migration
  await sequelize.close();
})();
