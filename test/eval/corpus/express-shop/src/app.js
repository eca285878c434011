const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const helmet = require('helmet');
const config = require('./config');
const authRoutes = require('./routes/auth');

const app = express();
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

app.use(helmet());
app.use(express.json());
app.use(
  session({
    store: new RedisStore({ client: redisClient }),
    secret: 'A String Very Very Strong!!@##$', // tfl-eval: hardcoded-credential
    resave: false,
    saveUninitialized: false,
    cookie: { secure: config.env === 'production', httpOnly: true },
  }),
);
app.use('/auth', authRoutes);

app.listen(config.port, () => console.log(`listening on ${config.port}`)); // tfl-eval: no-graceful-shutdown
module.exports = app;
