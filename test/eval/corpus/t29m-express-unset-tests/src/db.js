const { Pool } = require('pg');

let pool;
// Local development runs without DATABASE_URL; every deploy sets it.
if (process.env.DATABASE_URL === undefined) {
  pool = new Pool({ host: 'localhost', database: 'stockroom', user: 'stockroom' }); // tfl-eval-not: hardcoded-backing-service
} else {
  pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });
}

let reportingPool;
if (process.env.REPORTING_DB_URL == null) {
  reportingPool = new Pool({ host: 'reporting-db.prod.internal', database: 'reports' }); // tfl-eval: hardcoded-backing-service
} else {
  reportingPool = new Pool({ connectionString: process.env.REPORTING_DB_URL });
}

let archivePool;
if (process.env.ARCHIVE_MODE === 'local') {
  archivePool = new Pool({ host: 'localhost', database: 'archive' }); // tfl-eval: hardcoded-backing-service
}

module.exports = { pool, reportingPool, archivePool };
