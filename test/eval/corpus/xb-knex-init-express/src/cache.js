const { createClient } = require('redis');

const client = createClient({ url: process.env.REDIS_URL });

async function init() {
  client.on('error', (err) => console.error('redis error', err.message));
  await client.connect();
}

module.exports = { client, init };
