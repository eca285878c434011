import type { InvalidExample } from '../../rule';
import { REDIS_FIX_TITLE } from './javascript-redis-fix';

const fix = { kind: 'replace', title: REDIS_FIX_TITLE } as const;

export const invalidExamples: InvalidExample[] = [
  {
    name: "a module-level let that one route sets for the next request's page (one value for every user), the second route's write related",
    path: 'src/app.js',
    code: `const express = require('express');
const app = express();
let flashMessage = '';

app.post('/bookings', (req, res) => {
  if (!req.body.date) {
    ⟦flashMessage⟧ = 'Pick a date first.';
    return res.redirect('/bookings');
  }
  res.redirect('/bookings');
});

app.post('/bookings/:id/cancel', async (req, res) => {
  ⟪flashMessage⟫ = 'Booking cancelled.';
  res.redirect('/bookings');
});
`,
    messageIncludes: ['set by a request handler'],
  },
  {
    name: 'a Map kept by an app factory\'s closure and written by the handlers it returns; a plain class\'s Map field (or a constructor-built object) written by its handler members',
    path: 'src/auth.ts',
    code: `export function createAuth() {
  const ⟦sessions⟧ = new Map<string, string>();
  return {
    login(req, res) {
      sessions.set(crypto.randomUUID(), req.body.username);
    },
  };
}

export class SessionManager {
  private ⟦sessions⟧ = new Map<string, string>();
  start = (req, res) => {
    this.sessions.set(crypto.randomUUID(), req.body.userId);
  };
}

export class CartRoutes {
  constructor() {
    this.⟦carts⟧ = {};
  }
  add(req, res) {
    this.carts[req.session.id] = req.body.items;
  }
}
`,
  },
  {
    name: "an in-process cache as the session store: node-cache keyed by a session id in a helper, lru-cache named for sessions written in a route",
    path: 'src/sessions.ts',
    code: `import NodeCache from 'node-cache';
import { LRUCache } from 'lru-cache';

const ⟦sessions⟧ = new NodeCache({ stdTTL: 3600 });
const ⟦sessionsByToken⟧ = new LRUCache<string, { userId: string }>({ max: 50000 });

export function openSession(sid: string, userId: string) {
  sessions.set(sid, { userId });
}

app.post('/session', async (request, reply) => {
  sessionsByToken.set(randomUUID(), { userId: request.body.userId });
});
`,
  },
  {
    name: 'express-session without a store (CommonJS)',
    path: 'src/app.js',
    code: `const express = require('express');
const session = require('express-session');

const app = express();
app.use(⟦session({ secret: process.env.SESSION_SECRET, resave: false })⟧);
`,
    messageIncludes: ['express-session uses its default MemoryStore'],
    fix,
    output: `const express = require('express');
const session = require('express-session');
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

const app = express();
app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SESSION_SECRET, resave: false }));
`,
  },
  {
    name: 'express-session with no argument (ES modules, TypeScript)',
    path: 'src/server.ts',
    code: `import express from 'express';
import session from 'express-session';

const app = express();
app.use(⟦session()⟧);
`,
    fix,
    output: `import express from 'express';
import session from 'express-session';
import { RedisStore } from 'connect-redis';
import { createClient } from 'redis';
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

const app = express();
app.use(session({ store: new RedisStore({ client: redisClient }) }));
`,
  },
  {
    name: 'multi-line options',
    path: 'src/app.js',
    code: `const session = require('express-session');
app.use(⟦session({
  secret: process.env.SESSION_SECRET,
  saveUninitialized: false,
})⟧);
`,
    output: `const session = require('express-session');
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);
app.use(session({
  store: new RedisStore({ client: redisClient }),
  secret: process.env.SESSION_SECRET,
  saveUninitialized: false,
}));
`,
  },
  {
    name: 'options in a variable: the store goes into its literal, the client before it',
    path: 'src/app.js',
    code: `const session = require('express-session');
const sessionConfig = { secret: process.env.SESSION_SECRET, cookie: { secure: true } };
app.use(⟦session(sessionConfig)⟧);
`,
    output: `const session = require('express-session');
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);
const sessionConfig = { store: new RedisStore({ client: redisClient }), secret: process.env.SESSION_SECRET, cookie: { secure: true } };
app.use(session(sessionConfig));
`,
  },
  {
    name: 'inline require',
    path: 'src/app.js',
    code: `const express = require('express');
const app = express();
app.use(⟦require('express-session')({ secret: process.env.SECRET })⟧);
`,
    output: `const express = require('express');
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);
const app = express();
app.use(require('express-session')({ store: new RedisStore({ client: redisClient }), secret: process.env.SECRET }));
`,
  },
  {
    name: 'explicit session.MemoryStore is replaced',
    path: 'src/app.js',
    code: `const session = require('express-session');
app.use(session({ store: ⟦new session.MemoryStore()⟧, secret: process.env.SECRET }));
`,
    messageIncludes: ["express-session's MemoryStore keeps sessions in process memory"],
    fix,
    output: `const session = require('express-session');
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);
app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SECRET }));
`,
  },
  {
    name: 'memorystore package',
    path: 'src/app.js',
    code: `const session = require('express-session');
const MemoryStore = require('memorystore')(session);
app.use(session({
  cookie: { maxAge: 86400000 },
  store: ⟦new MemoryStore({ checkPeriod: 86400000 })⟧,
  secret: process.env.SECRET,
}));
`,
    messageIncludes: ['memorystore keeps sessions in process memory'],
    output: `const session = require('express-session');
const MemoryStore = require('memorystore')(session);
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);
app.use(session({
  cookie: { maxAge: 86400000 },
  store: new RedisStore({ client: redisClient }),
  secret: process.env.SECRET,
}));
`,
  },
  {
    name: 'named MemoryStore import in a variable (no automatic fix)',
    path: 'src/app.ts',
    code: `import session, { MemoryStore } from 'express-session';
const sessionStore = ⟦new MemoryStore()⟧;
app.use(session({ store: sessionStore, secret: process.env.SECRET! }));
`,
  },
  {
    name: 'connect-sqlite3 keeps sessions in a SQLite file on the local disk',
    path: 'src/index.js',
    code: `const session = require('express-session');
const SQLiteStore = require('connect-sqlite3')(session);
app.use(session({ store: ⟦new SQLiteStore({ db: 'sessions.sqlite', dir: './var' })⟧, secret: process.env.SECRET }));
`,
    messageIncludes: ['connect-sqlite3 (a SQLite file) keeps sessions on the local disk'],
  },
  {
    name: 'session-file-store keeps sessions on local disk',
    path: 'src/app.js',
    code: `const session = require('express-session');
const FileStore = require('session-file-store')(session);
app.use(session({ store: ⟦new FileStore({ path: './sessions' })⟧, secret: process.env.SECRET }));
`,
    messageIncludes: ['session-file-store keeps sessions on the local disk'],
    output: `const session = require('express-session');
const FileStore = require('session-file-store')(session);
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);
app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SECRET }));
`,
  },
  {
    name: 'existing RedisStore import and redis client are reused',
    path: 'src/app.mjs',
    code: `import session from 'express-session';
import { RedisStore } from 'connect-redis';
import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();
app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SECRET }));
admin.use(⟦session({ secret: process.env.ADMIN_SECRET })⟧);
`,
    output: `import session from 'express-session';
import { RedisStore } from 'connect-redis';
import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();
app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SECRET }));
admin.use(session({ store: new RedisStore({ client: redis }), secret: process.env.ADMIN_SECRET }));
`,
  },
  {
    name: 'fix picks names that clash with nothing',
    path: 'src/app.js',
    code: `const session = require('express-session');
const redisClient = require('./cache-client');
const RedisStore = require('./my-store');
app.use(⟦session({ secret: process.env.SECRET })⟧);
`,
    output: `const session = require('express-session');
const redisClient = require('./cache-client');
const RedisStore = require('./my-store');
const { RedisStore: ConnectRedisStore } = require('connect-redis');
const { createClient } = require('redis');
const sessionRedisClient = createClient({ url: process.env.REDIS_URL });
sessionRedisClient.connect().catch(console.error);
app.use(session({ store: new ConnectRedisStore({ client: sessionRedisClient }), secret: process.env.SECRET }));
`,
  },
  {
    name: '@fastify/session without a store',
    path: 'src/server.js',
    code: `const fastify = require('fastify')();
const fastifySession = require('@fastify/session');
fastify.register(require('@fastify/cookie'));
fastify.register(fastifySession, ⟦{ secret: process.env.SESSION_SECRET, cookie: { secure: true } }⟧);
`,
    messageIncludes: ['@fastify/session uses its default MemoryStore'],
  },
  {
    name: '@fastify/session registered through require',
    path: 'src/server.ts',
    code: `app.register(require('@fastify/session'), ⟦{ secret: process.env.SESSION_SECRET! }⟧);
`,
  },
  {
    name: 'koa-generic-session without a store',
    path: 'src/app.js',
    code: `const session = require('koa-generic-session');
app.keys = [process.env.APP_KEY];
app.use(⟦session()⟧);
`,
    messageIncludes: ['koa-generic-session uses its default MemoryStore'],
  },
  {
    name: 'cart Map keyed by the session id',
    path: 'src/routes/cart.js',
    code: `const ⟦carts⟧ = new Map();
router.post('/cart/items', (req, res) => {
  const cart = carts.get(req.session.id) ?? [];
  cart.push(req.body.item);
  carts.set(req.session.id, cart);
  res.json(cart);
});
`,
    messageIncludes: ['`carts` keeps per-user state in process memory'],
  },
  {
    name: 'hand-rolled token sessions in an object',
    path: 'src/auth.ts',
    code: `const ⟦sessions⟧: Record<string, User> = {};
app.post('/login', async (req, res) => {
  const token = crypto.randomUUID();
  sessions[token] = await authenticate(req.body);
  res.cookie('token', token);
});
`,
  },
  {
    name: 'koa router keyed by ctx.state.user',
    path: 'src/basket.js',
    code: `const ⟦baskets⟧ = {};
router.put('/basket', async (ctx) => {
  baskets[ctx.state.user.id] = ctx.request.body;
});
`,
  },
  {
    name: "presence and unsaved work by name: who views which album, a user's drafts (keyed by what is asked)",
    path: 'src/routes/albums.js',
    code: `const ⟦viewers⟧ = {};
const ⟦drafts⟧ = new Map();
router.get('/albums/:id', async (ctx) => {
  viewers[ctx.params.id] = (viewers[ctx.params.id] || 0) + 1;
});
router.put('/posts/:id/draft', async (ctx) => {
  drafts.set(ctx.params.id, ctx.request.body);
});
`,
  },
  {
    name: 'a NestJS provider (a singleton) holding carts by user, and a typedi service keyed by the user id',
    path: 'src/cart/cart.service.ts',
    code: `import { Injectable } from '@nestjs/common';
import { Service } from 'typedi';

@Injectable()
export class CartService {
  private readonly ⟦cartsByUser⟧ = new Map<string, string[]>();
  add(userId: string, sku: string) {
    this.cartsByUser.set(userId, [...(this.cartsByUser.get(userId) ?? []), sku]);
  }
}

@Service()
export class WizardState {
  private ⟦answers⟧: Record<string, unknown> = {};
  remember(userId: string, step: unknown) {
    this.answers[userId] = step;
  }
}
`,
  },
  {
    name: 'logged-in users in a Set',
    path: 'src/presence.js',
    code: `export const ⟦loggedInUsers⟧ = new Set();
app.post('/login', passport.authenticate('local'), (req, res) => {
  loggedInUsers.add(req.user.id);
});
`,
  },
  {
    name: 'fastify handler removes a session by cookie',
    path: 'src/logout.ts',
    code: `const ⟦userSessions⟧ = new Map<string, Session>();
fastify.post('/logout', async (request, reply) => {
  userSessions.delete(request.cookies.sid);
  return reply.send();
});
`,
  },
  {
    name: 'key declared from req.user inside the handler',
    path: 'src/favourites.js',
    code: `const ⟦favourites⟧ = {};
app.post('/favourites', (req, res) => {
  const { id } = req.user;
  favourites[id] = req.body.items;
});
`,
  },
  {
    name: 'a handler storing who holds a slot: keyed by what is asked, holding who asks',
    path: 'apps/api/src/app/appointments/appointments.router.ts',
    code: `const ⟦heldSlots⟧ = new Map<string, { staffId: string; until: number }>();
appointmentsRouter.post('/hold', (req, res) => {
  const staffId = String(req.user?.id);
  heldSlots.set(req.body.slotId, { staffId, until: Date.now() + 300_000 });
  res.status(204).end();
});
`,
  },
  {
    name: 'users array written by a signup handler',
    path: 'src/signup.js',
    code: `let ⟦users⟧ = [];
app.post('/signup', (req, res) => {
  users.push({ name: req.body.name, passwordHash: hash(req.body.password) });
});
`,
  },
  {
    name: 'home-made memory store for koa-session',
    path: 'src/app.js',
    code: `const session = require('koa-session');
const ⟦sessionData⟧ = {};
app.use(session({
  store: {
    get: (key) => sessionData[key],
    set(key, sess) { sessionData[key] = sess; },
    destroy(key) { delete sessionData[key]; },
  },
}, app));
`,
  },
  {
    name: 'a helper module keyed by the session id, with no route in the file',
    path: 'src/cart/store.ts',
    code: `const ⟦pendingCheckouts⟧ = new Map<string, CartLine[]>();
export function rememberCheckout(sessionId: string, lines: CartLine[]) {
  pendingCheckouts.set(sessionId, lines);
}
`,
  },
  {
    name: 'a server that renders a page script still keeps its own state in the process',
    path: 'server.js',
    code: `const express = require('express');
const app = express();
const ⟦drafts⟧ = {};
app.post('/draft', (req, res) => {
  drafts[req.session.id] = req.body.text;
  res.send('<script>document.getElementById("saved").hidden = false</script>');
});
app.listen(3000);
`,
  },
  {
    name: 'helper keyed by the user, called from a route',
    path: 'src/cart.ts',
    code: `const ⟦carts⟧ = new Map<string, Item[]>();
function addToCart(userId: string, item: Item) {
  carts.set(userId, [...(carts.get(userId) ?? []), item]);
}
app.post('/cart', (req, res) => addToCart(req.user.id, req.body));
`,
  },
  {
    name: 'multer writing uploads to a local folder (Express)',
    path: 'src/routes/photos.js',
    code: `const multer = require('multer');
const upload = multer({ ⟦dest: 'uploads/'⟧ });
router.post('/photos', upload.single('photo'), savePhoto);
`,
    messageIncludes: ["uploaded files are written to this process's local disk", 'multer-s3'],
  },
  {
    name: 'a diskStorage engine imported by name, and @koa/multer with dest',
    path: 'src/uploads.ts',
    code: `import multer, { diskStorage } from 'multer';
import koaMulter from '@koa/multer';
export const upload = multer({ storage: ⟦diskStorage({ destination: '/data/uploads' })⟧ });
export const koaUpload = koaMulter({ ⟦dest: 'var/uploads'⟧ });
`,
  },  {
    name: 'a diskStorage whose destination function names a folder of the app',
    path: 'src/routes/uploads.js',
    code: `const multer = require('multer');
const storage = ⟦multer.diskStorage({
  destination: (req, file, cb) => cb(null, 'public/uploads/'),
  filename: (req, file, cb) => cb(null, Date.now() + '-' + file.originalname),
})⟧;
module.exports = multer({ storage });
`,
  },

{
    name: "a bot framework's session() with no storage: grammY (ESM) and Telegraf (CommonJS)",
    path: 'src/bot.ts',
    code: `import { Bot, session } from "grammy";
const bot = new Bot(process.env.BOT_TOKEN!);
bot.use(⟦session({ initial: () => ({ cart: [] }) })⟧);
const { session: telegrafSession } = require('telegraf');
other.use(⟦telegrafSession()⟧);
`,
    messageIncludes: ["'s session() keeps each chat's session in process memory when no"],
  },
  {
    name: 'a memory or file session store from a bot or web framework: grammY, hono-sessions, telegraf-session-local',
    path: 'src/sessions.ts',
    code: `import { MemorySessionStorage } from "grammy";
import { MemoryStore } from "hono-sessions";
import LocalSession from "telegraf-session-local";
export const chats = ⟦new MemorySessionStorage()⟧;
export const store = ⟦new MemoryStore()⟧;
bot.use(⟦new LocalSession({ database: 'data/sessions.json' })⟧.middleware());
`,
  },
  {
    name: "Remix's file and memory session storages (and React Router 7's)",
    path: 'app/sessions.server.ts',
    code: `import { createFileSessionStorage } from "@remix-run/node";
import { createMemorySessionStorage } from "react-router";
export const files = ⟦createFileSessionStorage({ dir: "./.sessions", cookie })⟧;
export const memory = ⟦createMemorySessionStorage({ cookie })⟧;
`,
    messageIncludes: ['SessionStorage() keeps sessions in', 'not shared between processes'],
  },
  {
    name: "hapi's yar keeping every session server-side (maxCookieSize: 0) in the default in-process cache",
    path: 'lib/server.js',
    code: `const Yar = require('@hapi/yar')
await ⟦server.register({ plugin: Yar, options: { maxCookieSize: 0, cookieOptions: { password: process.env.YAR_PASSWORD } } })⟧
`,
    messageIncludes: ['yar with `maxCookieSize: 0`'],
  },
  {
    name: "yar's plugin descriptor exported from a plugin module, and one in register's array",
    path: 'lib/plugins/wizard-session.js',
    code: `const Yar = require('@hapi/yar')
module.exports = ⟦{
  plugin: Yar,
  options: { name: 'wizard', maxCookieSize: 0, cookieOptions: { password: process.env.WIZARD_PASSWORD } },
}⟧
await server.register([require('@hapi/inert'), ⟦{ plugin: Yar, options: { maxCookieSize: 0, cookieOptions } }⟧])
`,
    messageIncludes: ['yar with `maxCookieSize: 0`'],
  },
];
