const crypto = require('crypto');
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const notes = require('./routes/notes');

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

const app = express();
app.use(express.json());
app.use(cookieParser(crypto.randomBytes(16).toString('hex'))); // tfl-eval: per-process-secret
app.use(
  session({
    store: new RedisStore({ client: redisClient }),
    secret: crypto.randomBytes(32).toString('hex'), // tfl-eval: per-process-secret
    resave: false,
    saveUninitialized: false,
  }),
);
app.use((req, res, next) => {
  res.locals.nonce = crypto.randomBytes(16).toString('base64'); // tfl-eval-not: per-process-secret
  req.id = crypto.randomUUID(); // tfl-eval-not: per-process-secret
  next();
});
app.use('/notes', notes);

const port = process.env.PORT || 3000;
app.listen(port, () => console.log(`notes on ${port}`)); // tfl-eval: no-graceful-shutdown
