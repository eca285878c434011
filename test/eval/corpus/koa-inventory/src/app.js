const Koa = require('koa');
const session = require('koa-session');
const Router = require('@koa/router');
const { Kafka } = require('kafkajs');
const Redis = require('ioredis');
const { sequelize } = require('./lib/db');

const app = new Koa();
app.keys = ['29ed3903632db6166be6557a5117e067', '2570d4819a386d8f50ea1e5c38e1663a']; // tfl-eval: hardcoded-credential

app.use(session({ key: 'inv.sess', maxAge: 86400000 }, app));

const redis = new Redis({ host: 'inventory-cache.internal', port: 6379, password: '4y26sPc8eG06MAE5LHYm4W6JtUHb00f8' }); // tfl-eval: hardcoded-credential, hardcoded-backing-service

const kafka = new Kafka({
  clientId: 'inventory',
  brokers: ['pkc-4r087.europe-west1.gcp.confluent.cloud:9092'], // tfl-eval: hardcoded-backing-service
  ssl: true,
  sasl: { mechanism: 'plain', username: 'Kz9vXSgosrW5Gg3ohOdS', password: 'sfMFA+F03m4n7dRA213z0hQhrCAHzyFvJCMcEB/E' }, // tfl-eval: hardcoded-credential
});

const router = new Router();
router.get('/health', (ctx) => { ctx.body = { ok: true }; });
app.use(router.routes());

module.exports = { app, redis, kafka, sequelize };
