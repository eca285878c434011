'use strict';

const { Pool } = require('pg');
const Redis = require('ioredis');
const config = require('./config');

const pool = new Pool(config.db);
const [redisHost, redisPort] = config.redis.addr.split(':');
const redis = new Redis({ host: redisHost, port: Number(redisPort) });

module.exports = { pool, redis };
