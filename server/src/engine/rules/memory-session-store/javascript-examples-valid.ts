import type { ValidExample } from '../../rule';

// Hard negatives: backing stores, cookie sessions, tests, dev fallbacks, caches, limiters, connections.
export const validExamples: ValidExample[] = [
  {
    name: 'module-level variables a handler memoises (if (!x) x = …), counts (+=), fills with a client, or shadows with a local; a const',
    path: 'src/app.js',
    code: `const express = require('express');
const { Pool } = require('pg');
const app = express();
let pool;
let config;
let hits = 0;
let message = '';
const PAGE_SIZE = 25;

app.get('/stats', async (req, res) => {
  if (!config) config = await loadConfig();
  pool = new Pool({ connectionString: process.env.DATABASE_URL });
  hits += 1;
  let message;
  message = 'local to this request';
  res.json({ hits, message, pageSize: PAGE_SIZE });
});
`,
  },
  {
    name: 'held containers that are not per-user process state: a handler\'s own Map filled by its callback, a factory\'s attempt counter, a plain class filled outside handlers',
    path: 'src/report.ts',
    code: `export function buildReport(req, orders) {
  const byCustomer = new Map();
  orders.forEach((order) => byCustomer.set(order.customerId, order));
  return { requestedBy: req.user.id, customers: [...byCustomer] };
}

export function createAuth() {
  const loginAttempts = new Map();
  return {
    login(req, res) {
      loginAttempts.set(req.ip, (loginAttempts.get(req.ip) ?? 0) + 1);
    },
  };
}

export class PermissionTable {
  private roles = new Map<string, string[]>();
  load(rows) {
    for (const row of rows) this.roles.set(row.role, row.actions);
  }
  allows(req, action) {
    return this.roles.get(req.user.role)?.includes(action) ?? false;
  }
}
`,
  },
  {
    name: "API clients cached per installation token: outgoing connections, not a visitor's session",
    path: 'src/github.ts',
    code: `import { Octokit } from '@octokit/rest';

const sessions = new Map<string, Octokit>();

export function clientFor(token: string) {
  if (!sessions.has(token)) sessions.set(token, new Octokit({ auth: token }));
  return sessions.get(token)!;
}
`,
  },
  {
    name: 'in-process caches of derived data: cover URLs by ISBN, rendered markdown by building (a cache is never the only copy)',
    path: 'src/covers.ts',
    code: `import NodeCache from 'node-cache';
import { LRUCache } from 'lru-cache';

const covers = new NodeCache({ stdTTL: 86400 });
const rendered = new LRUCache<string, string>({ max: 100 });

export async function coverUrl(isbn: string) {
  const url = await lookup(isbn);
  covers.set(isbn, url);
  return url;
}

app.get('/rules/:building', async (request) => {
  rendered.set(request.params.building, await render(request.params.building));
});
`,
  },
  {
    name: "a page's script: its globals live in one visitor's tab (suggest boxes keyed by their id)",
    path: 'js/class.csuggest.js',
    code: `var LCL_SUGGESTS = [];

function createSuggest(oid) {
	var sid = LCL_SUGGESTS.length;
	LCL_SUGGESTS[sid] = new CSuggest(sid, oid);
	return sid;
}

var CSuggest = function(id, objid) {
	this.id = id;
	this.input = document.getElementById(objid);
};
`,
  },
  {
    name: 'express-session with connect-redis v8',
    path: 'src/app.js',
    code: `const session = require('express-session');
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);
app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SESSION_SECRET }));
`,
  },
  {
    name: 'options variable with a store',
    path: 'src/server.ts',
    code: `import session from 'express-session';
import { RedisStore } from 'connect-redis';
import { redis } from './redis';

const sessionOptions: session.SessionOptions = {
  store: new RedisStore({ client: redis, prefix: 'sess:' }),
  secret: process.env.SESSION_SECRET!,
};
app.use(session(sessionOptions));
`,
  },
  {
    name: 'connect-mongo',
    path: 'src/app.js',
    code: `const session = require('express-session');
const MongoStore = require('connect-mongo');
app.use(session({ secret: process.env.SECRET, store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }) }));
`,
  },
  {
    name: 'connect-pg-simple and connect-session-sequelize',
    path: 'src/app.js',
    code: `const session = require('express-session');
const PgSession = require('connect-pg-simple')(session);
const SequelizeStore = require('connect-session-sequelize')(session.Store);
app.use(session({ store: new PgSession({ pool }), secret: process.env.SECRET }));
admin.use(session({ store: new SequelizeStore({ db: sequelize }), secret: process.env.SECRET }));
`,
  },
  {
    name: 'cookie-session keeps the session in the cookie',
    path: 'src/app.js',
    code: `const cookieSession = require('cookie-session');
app.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY] }));
`,
  },
  {
    name: 'koa-session is cookie-based by default',
    path: 'src/app.js',
    code: `const session = require('koa-session');
app.keys = [process.env.APP_KEY];
app.use(session({ key: 'koa.sess', maxAge: 86400000 }, app));
`,
  },
  {
    name: 'koa-generic-session with a Redis store',
    path: 'src/app.js',
    code: `const session = require('koa-generic-session');
const redisStore = require('koa-redis');
app.use(session({ store: redisStore({ url: process.env.REDIS_URL }) }));
`,
  },
  {
    name: '@fastify/secure-session and @fastify/session with a store',
    path: 'src/server.js',
    code: `const fastify = require('fastify')();
const fastifySession = require('@fastify/session');
fastify.register(require('@fastify/secure-session'), { key: Buffer.from(process.env.SESSION_KEY, 'hex') });
fastify.register(fastifySession, { secret: process.env.SESSION_SECRET, store: new RedisStore({ client }) });
`,
  },
  {
    name: 'hapi yar is cookie-based',
    path: 'src/server.js',
    code: `await server.register({ plugin: require('@hapi/yar'), options: { cookieOptions: { password: process.env.YAR_PASSWORD } } });
`,
  },
  {
    name: 'express-session in a test',
    path: 'test/auth.test.js',
    code: `const session = require('express-session');
app.use(session({ secret: 'test', store: new session.MemoryStore() }));
app.use(session({ secret: 'test' }));
`,
  },
  {
    name: 'spread options may carry the store',
    path: 'src/app.ts',
    code: `import session from 'express-session';
import { baseSessionOptions } from './config';
app.use(session({ ...baseSessionOptions, name: 'sid' }));
`,
  },
  {
    name: 'store set later on the options variable',
    path: 'src/app.js',
    code: `const session = require('express-session');
const sess = { secret: process.env.SECRET, cookie: {} };
if (app.get('env') === 'production') {
  sess.store = new RedisStore({ client: redisClient });
}
app.use(session(sess));
`,
  },
  {
    name: 'memory store only as the local-development fallback',
    path: 'src/app.js',
    code: `const session = require('express-session');
const store = process.env.REDIS_URL ? new RedisStore({ client: redisClient }) : new session.MemoryStore();
app.use(session({ store, secret: process.env.SECRET }));
`,
  },
  {
    name: 'a local function called session is not express-session',
    path: 'src/app.js',
    code: `function session(options) {
  return (req, res, next) => next();
}
app.use(session({ secret: 'x' }));
`,
  },
  {
    name: 'memo cache of a pure computation',
    path: 'src/math.js',
    code: `const cache = new Map();
export function fib(n) {
  if (n < 2) return n;
  if (!cache.has(n)) cache.set(n, fib(n - 1) + fib(n - 2));
  return cache.get(n);
}
`,
  },
  {
    name: 'lookup table read by handlers, never written',
    path: 'src/routes.js',
    code: `const ROLES = new Map([['admin', ['read', 'write']], ['viewer', ['read']]]);
const users = {};
app.get('/roles/:role', (req, res) => res.json(ROLES.get(req.params.role)));
app.get('/users/:id', (req, res) => res.json(users[req.params.id]));
`,
  },
  {
    name: 'rate limiter keyed by IP, product cache, SSE connections',
    path: 'src/app.js',
    code: `const hits = new Map();
const productCache = new Map();
const clients = new Set();
app.use((req, res, next) => {
  hits.set(req.ip, (hits.get(req.ip) ?? 0) + 1);
  next();
});
app.get('/products/:id', async (req, res) => {
  productCache.set(req.params.id, await db.product(req.params.id));
});
app.get('/events', (req, res) => {
  clients.add(res);
  req.on('close', () => clients.delete(res));
});
`,
  },
  {
    name: 'login attempts limiter (per-process limit is a known trade-off)',
    path: 'src/auth.js',
    code: `const loginAttempts = new Map();
app.post('/login', (req, res) => {
  loginAttempts.set(req.body.username, (loginAttempts.get(req.body.username) ?? 0) + 1);
});
`,
  },
  {
    name: 'view counts per article, keyed by the article (a counter, flushed elsewhere: left alone by name)',
    path: 'src/routes/articles.js',
    code: `const viewCounts = new Map();
router.get('/articles/:slug', async (ctx) => {
  viewCounts.set(ctx.params.slug, (viewCounts.get(ctx.params.slug) ?? 0) + 1);
});
`,
  },
  {
    name: "an Angular service (the browser: one user), a request-scoped Nest provider, a Nest cache and a price table only read",
    path: 'src/cart/cart.service.ts',
    code: `import { Injectable as NgInjectable } from '@angular/core';
import { Injectable, Scope } from '@nestjs/common';

@NgInjectable({ providedIn: 'root' })
export class BrowserCart {
  private readonly cartsByUser = new Map<string, string[]>();
  add(userId: string, sku: string) { this.cartsByUser.set(userId, [sku]); }
}

@Injectable({ scope: Scope.REQUEST })
export class RequestCart {
  private readonly lines = new Map<string, number>();
  add(userId: string, sku: string) { this.lines.set(userId, 1); }
}

@Injectable()
export class Catalog {
  private readonly profileCache = new Map<string, object>();
  private readonly prices: Record<string, number> = { tea: 650 };
  load(userId: string) { this.profileCache.set(userId, {}); return this.prices.tea; }
}
`,
  },
  {
    name: 'WeakMap keyed by the request',
    path: 'src/timing.js',
    code: `const startedAt = new WeakMap();
app.use((req, res, next) => {
  startedAt.set(req.user, Date.now());
  next();
});
`,
  },
  {
    name: "a Map inside a handler (one request's), and a class's Map written by no handler member",
    path: 'src/app.ts',
    code: `app.post('/batch', (req, res) => {
  const seen = new Map();
  seen.set(req.user.id, true);
});
class SessionRegistry {
  private sessions = new Map<string, object>();
  track(session: Session) {
    this.sessions.set(session.id, {});
  }
}
`,
  },
  {
    name: 'module-level Map in code that handles no request',
    path: 'src/users/registry.js',
    code: `const users = new Map();
export function register(userId, user) {
  users.set(userId, user);
}
`,
  },
  {
    name: 'a handler-local variable shadows the module-level one',
    path: 'src/app.js',
    code: `const carts = new Map();
app.post('/cart', (req, res) => {
  const carts = loadCarts();
  carts.set(req.session.id, req.body);
});
`,
  },
  {
    name: 'suppressed with a reason',
    path: 'src/dev-server.js',
    code: `const session = require('express-session');
// twelve-factor-ignore-next-line memory-session-store -- single-process demo
app.use(session({ secret: 'demo' }));
`,
  },
  {
    name: 'live WebSocket connections per user',
    path: 'src/ws.js',
    code: `const socketsByUser = new Map();
const online = new Map();
wss.on('connection', (ws, req) => {
  socketsByUser.set(req.user.id, ws);
  online.set(req.user.id, ws);
});
`,
  },
  {
    name: 'promise and fetch callbacks are not request handlers',
    path: 'web/src/users.js',
    code: `const users = [];
const tokens = new Map();
export const ready = new Promise((res) => { tokens.set('anonymous', ''); res(); });
fetch('/api/users').then((res) => res.json()).then((list) => users.push(...list));
`,
  },
  {
    name: 'multer buffering in memory for one request, and an S3 engine',
    path: 'src/routes/avatars.js',
    code: `const multer = require('multer');
const multerS3 = require('multer-s3');
const inMemory = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5e6 } });
const toS3 = multer({ storage: multerS3({ s3, bucket: process.env.UPLOAD_BUCKET }) });
`,
  },
  {
    name: "a diskStorage with no destination writes to the OS's temporary folder (multer's docs), and one whose destination gives it that folder: the handler uploads req.file.path to Cloudinary",
    path: 'middleware/multer.js',
    code: `const multer = require('multer');
const os = require('os');
module.exports = multer({
  storage: multer.diskStorage({}),
  fileFilter: (req, file, cb) => cb(null, /image/.test(file.mimetype)),
});
module.exports.named = multer({ storage: multer.diskStorage({ filename: (req, file, cb) => cb(null, file.originalname) }) });
module.exports.staged = multer({ storage: multer.diskStorage({ destination: (req, file, cb) => cb(null, os.tmpdir()) }) });
`,
  },
  {
    name: "uploads staged in the OS's temporary folder, a single request's scratch space that the handler moves on to storage",
    path: 'core/server/web/api/middleware/upload.js',
    code: `const os = require('os');
const path = require('path');
const multer = require('multer');
const upload = multer({dest: os.tmpdir()});
const images = multer({ dest: path.join(os.tmpdir(), 'images') });
const avatars = multer({ dest: '/tmp/avatars' });
`,
  },
  {
    name: 'a local upload folder only outside production',
    path: 'src/uploads.js',
    code: `const multer = require('multer');
const upload = process.env.NODE_ENV === 'production' ? multer({ storage: s3Storage }) : multer({ dest: 'tmp/uploads' });
`,
  },
{
    name: "bot sessions with a storage adapter (grammY's RedisAdapter, free storage; Telegraf's Redis store), a store passed through a variable",
    path: 'src/bot.ts',
    code: `import { Bot, session } from "grammy";
import { freeStorage } from "@grammyjs/storage-free";
const { session: telegrafSession } = require('telegraf');
bot.use(session({ initial, storage: new RedisAdapter({ instance: redis }) }));
bot.use(session({ initial: () => ({}), storage: freeStorage(bot.token) }));
other.use(telegrafSession({ store: Redis({ url: process.env.REDIS_URL }) }));
third.use(session(sessionOptions));
`,
  },
  {
    name: "Remix's cookie and KV session storages; a memory storage only outside production; hono-sessions' CookieStore",
    path: 'app/sessions.server.ts',
    code: `import { createCookieSessionStorage, createMemorySessionStorage } from "@remix-run/node";
import { createWorkersKVSessionStorage } from "@remix-run/cloudflare";
import { CookieStore } from "hono-sessions";
export const flash = createCookieSessionStorage({ cookie: { name: "__flash", secrets: [process.env.SESSION_SECRET!] } });
export const kv = createWorkersKVSessionStorage({ kv: env.SESSIONS, cookie });
export const dev = process.env.NODE_ENV === "production" ? kv : createMemorySessionStorage({ cookie });
export const store = new CookieStore();
`,
  },
  {
    name: 'a local function named session is not a framework',
    path: 'src/bot.js',
    code: `function session() { return (ctx, next) => next(); }
bot.use(session());
`,
  },
  {
    name: "yar on a named catbox-redis cache, and yar's default (sessions in the cookie while they fit)",
    path: 'lib/server.js',
    code: `const Yar = require('@hapi/yar')
await server.register({ plugin: Yar, options: { maxCookieSize: 0, cache: { cache: 'sessions' }, cookieOptions } })
await server.register({ plugin: Yar, options: { cookieOptions: { password: process.env.YAR_PASSWORD } } })
await server.register({ plugin: require('@hapi/inert'), options: { maxCookieSize: 0 } })
`,
  },
  {
    name: "exported yar descriptors: on a named Redis cache, in the cookie; another plugin's descriptor",
    path: 'lib/plugins/sessions.js',
    code: `const Yar = require('@hapi/yar')
exports.cart = { plugin: Yar, options: { maxCookieSize: 0, cache: { cache: 'redis-sessions' }, cookieOptions } }
exports.flash = { plugin: Yar, options: { name: 'flash', cookieOptions } }
exports.assets = { plugin: require('@hapi/inert'), options: { maxCookieSize: 0 } }
`,
  },
];
