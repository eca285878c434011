const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const mysql = require('mysql2');

const app = express();
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

app.use(session({
  store: new RedisStore({ client: redisClient }),
  secret: 'DfZrRKr5As7Yw41m1iEPEOYnpq3u6Qwo', // tfl-eval: hardcoded-credential
  resave: false,
  saveUninitialized: false,
}));

const db = mysql.createPool({
  host: process.env.DB_HOST,
  user: 'bakery',
  password: 'Cinnamon-Ledger-904', // tfl-eval: hardcoded-credential
  database: 'bakery',
});

app.get('/health', (req, res) => res.send('ok'));
app.listen(process.env.PORT || 3000);  // tfl-eval: no-graceful-shutdown
module.exports = { app, db };
