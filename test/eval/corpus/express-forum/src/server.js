const { app, logger } = require('./app');
const { sequelize } = require('./models');

const port = process.env.PORT || 3000;

sequelize.sync({ alter: true }).then(() => { // tfl-eval: startup-migration
  app.listen(port, () => logger.info(`forum listening on ${port}`)); // tfl-eval: no-graceful-shutdown
});
