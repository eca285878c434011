const { Pool } = require('pg');

// Demo data for a fresh local database.
const pool = new Pool({ host: 'localhost', database: 'kanban_dev', user: 'kanban' }); // tfl-eval-not: hardcoded-backing-service

async function main() {
  await pool.query("INSERT INTO boards (title, owner_id, position) VALUES ('Roadmap', 1, 0), ('Bugs', 1, 1)");
  await pool.end();
}

main();
