const express = require('express');
const session = require('express-session');
const PgSession = require('connect-pg-simple')(session);
const RedisStore = require('connect-redis')(session);

const app = express();

const pgStore = new PgSession({
  tableName: 'user_sessions',
  conObject: {
    host: '10.20.0.15', // tfl-eval: hardcoded-backing-service
    port: 5432,
    database: 'rota',
    user: process.env.PGUSER,
    password: process.env.PGPASSWORD,
  },
});

// The legacy admin app still keeps its sessions in Redis.
const adminStore = new RedisStore({ host: 'redis.rota.internal', port: 6379, ttl: 3600 }); // tfl-eval: hardcoded-backing-service

// A store given a client built elsewhere names no address here.
const cacheStore = new RedisStore({ client: app.locals.redisClient, prefix: 'rota:' });

app.use(session({ store: process.env.SESSION_BACKEND === 'redis' ? adminStore : pgStore, secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.locals.cacheStore = cacheStore;

app.listen(process.env.PORT); // tfl-eval: no-graceful-shutdown
