const { Pool } = require('pg');
const Redis = require('ioredis');

// The billing replica; the primary comes from DATABASE_URL.
const replica = new Pool({
  connectionString: 'postgresql://billing:Nf4kW8pZr2Tx@billing-db.internal:5432/billing', // tfl-eval: hardcoded-credential, hardcoded-backing-service
  max: 5,
});

const primary = new Pool({ connectionString: process.env.DATABASE_URL }); // tfl-eval-not: hardcoded-backing-service

const cache = new Redis(process.env.REDIS_URL || 'redis://:devpass@localhost:6379/0'); // tfl-eval: hardcoded-credential

const queueUrl = 'amqps://billing:Lr7xQ2mVt9Kd@b-4c1d.mq.eu-west-1.amazonaws.com:5671'; // tfl-eval: hardcoded-credential, hardcoded-backing-service

module.exports = { replica, primary, cache, queueUrl };
