'use strict';
// Release step: `npm run migrate` before the new version starts.
const log = require('../src/lib/console');
const { umzug, sequelize } = require('../src/db');

(async () => {
  const applied = await umzug.up(); // tfl-eval-not: startup-migration
  log.info('applied %d migrations', applied.length);
  await sequelize.close();
})();
