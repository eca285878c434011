const redis = require('redis');

const client = redis.createClient(process.env.REDIS_URL);
client.auth('1ePLDYXU7QUuMQ4F2NYF'); // tfl-eval: hardcoded-credential
client.on('error', (err) => console.error('redis', err.message));

const replica = redis.createClient(process.env.REDIS_REPLICA_URL);
replica.auth(process.env.REDIS_REPLICA_PASSWORD); // tfl-eval-not: hardcoded-credential

module.exports = { client, replica };
