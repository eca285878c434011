// A one-off admin process: run by the release phase, never by the web process.
const db = require('../src/db');

db.migrate
  .latest()
  .then(([, applied]) => console.log(`applied ${applied.length} migrations`))
  .finally(() => db.destroy());
