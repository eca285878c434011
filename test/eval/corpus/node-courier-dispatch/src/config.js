'use strict';

const {
  MONGO_HOST = '172.16.0.30', // tfl-eval: hardcoded-backing-service
  MONGO_PORT = '27017',
  MONGO_DB = 'dispatch',
  PORT = '8080',
} = process.env;

module.exports = {
  port: Number(PORT),
  db: {
    host: process.env.DB_HOST || '172.16.0.9', // tfl-eval: hardcoded-backing-service
    port: Number(process.env.DB_PORT || 5432),
    database: process.env.DB_NAME || 'dispatch',
    user: process.env.DB_USER || 'dispatch',
    password: process.env.DB_PASSWORD,
  },
  redis: {
    addr: process.env.REDIS_ADDR ?? '172.16.0.12:6379', // tfl-eval: hardcoded-backing-service
  },
  mongoUrl: `mongodb://${MONGO_HOST}:${MONGO_PORT}/${MONGO_DB}`,
  amqpHost: process.env.AMQP_HOST || 'localhost', // tfl-eval-not: hardcoded-backing-service
  searchHost: process.env.ELASTICSEARCH_HOST || 'elasticsearch', // tfl-eval-not: hardcoded-backing-service
};
