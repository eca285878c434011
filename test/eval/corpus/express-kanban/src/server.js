const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const pinoHttp = require('pino-http');
const { redis } = require('./lib/redis');
const boards = require('./routes/boards');
const attachments = require('./routes/attachments');

const app = express();

app.use(pinoHttp());
app.use(express.json({ limit: '1mb' }));
app.use(
  session({
    store: new RedisStore({ client: redis, prefix: 'kanban:' }), // tfl-eval-not: memory-session-store
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  }),
);

app.use('/api/boards', boards);
app.use('/api/attachments', attachments);

app.get('/healthz', (_req, res) => res.json({ ok: true }));

const PORT = 4000;
app.listen(PORT, () => { // tfl-eval: hardcoded-port, no-graceful-shutdown
  console.log(`kanban listening on ${PORT}`);
});
