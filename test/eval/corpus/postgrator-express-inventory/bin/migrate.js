'use strict';
// `npm run db:migrate`: the release step.
const { Client } = require('pg');
const { makePostgrator } = require('../src/db/migrations');

(async () => {
  const client = new Client();
  await client.connect();
  const applied = await makePostgrator(client).migrate(); // tfl-eval-not: startup-migration
  console.log(`applied ${applied.length} migrations`);
  await client.end();
})();
