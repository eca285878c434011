const knex = require('knex')(require('../knexfile'));

async function sweep() {
  await knex('shipments').where('status', 'pending').andWhere('updated_at', '<', knex.raw("now() - interval '1 day'")).update({ status: 'stale' });
}

setInterval(() => sweep().catch((err) => console.error(err.message)), 60_000);
