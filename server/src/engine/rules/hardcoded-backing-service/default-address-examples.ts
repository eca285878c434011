// Clients constructed with no address (default-address.ts), per language.
import type { Examples } from '../../rule';

const MESSAGE = ['is given no address', "its library's default"];

export const javascriptDefaultAddressExamples: Examples = {
  valid: [
    {
      name: 'an address given: a URL, options naming a host, port, socket or Sentinels, an options value, a spread, a computed key',
      path: 'src/queue/connection.ts',
      code: `import Redis from 'ioredis';
import { createClient } from 'redis';
export const a = new Redis(process.env.REDIS_URL!);
export const b = new Redis({ host: process.env.REDIS_HOST, maxRetriesPerRequest: null });
export const c = new Redis({ port: Number(process.env.REDIS_PORT) });
export const d = new Redis({ sentinels: sentinels(), name: 'mymaster' });
export const e = new Redis(config.redis);
export const f = new Redis({ ...config.redis, lazyConnect: true });
export const g = createClient({ url: process.env.REDIS_URL });
export const h = createClient({ socket: { path: '/run/redis.sock' } });
export const i = new Redis({ [addressKey]: process.env.REDIS_HOST });
`,
    },
    {
      name: "a Redis of another library (Upstash reads its REST URL from the environment) and the app's own class",
      path: 'src/cache.js',
      code: "const { Redis } = require('@upstash/redis');\nconst Cache = require('./my-redis');\nmodule.exports = { upstash: Redis.fromEnv(), local: new Cache() };\n",
    },
    { name: 'a one-off script', path: 'scripts/flush-sessions.js', code: "const Redis = require('ioredis');\nconst redis = new Redis();\nredis.flushdb().then(() => redis.quit());\n" },
  ],
  invalid: [
    {
      name: "ioredis given nothing, or only BullMQ's options: localhost:6379",
      path: 'src/queues/connection.ts',
      code: `import IORedis from 'ioredis';
import { Queue } from 'bullmq';
export const connection = ⟦new IORedis({ maxRetriesPerRequest: null })⟧;
export const pub = ⟦new IORedis()⟧;
export const emails = new Queue('emails', { connection });
`,
      messageIncludes: [...MESSAGE, 'localhost:6379', 'process.env.REDIS_URL'],
    },
    {
      name: "node-redis' createClient() with no url or socket, required or imported by name",
      path: 'src/redis.js',
      code: "const redis = require('redis');\nconst { Redis } = require('ioredis');\nconst client = ⟦redis.createClient()⟧;\nconst legacy = ⟦redis.createClient({ legacyMode: true })⟧;\nconst other = ⟦new Redis()⟧;\nmodule.exports = { client, legacy, other };\n",
      messageIncludes: MESSAGE,
    },
  ],
};

export const pythonDefaultAddressExamples: Examples = {
  valid: [
    {
      name: 'an address given (host, URL, socket, pool, a settings dict), libpq reading PGHOST, and another library',
      path: 'app/extensions.py',
      code: `import os
import psycopg2
import redis
from pymongo import MongoClient
from walrus import Database

cache = redis.Redis(host=os.environ["REDIS_HOST"], decode_responses=True)
queue = redis.Redis.from_url(os.environ["REDIS_URL"])
local = redis.Redis(unix_socket_path="/run/redis/redis.sock")
pooled = redis.Redis(connection_pool=pool)
configured = redis.Redis(**settings.REDIS)
mongo = MongoClient(os.environ["MONGODB_URL"])
db = psycopg2.connect()
walrus = Database()
`,
    },
    { name: 'a management command run once', path: 'scripts/reset_cache.py', code: 'import redis\nredis.Redis().flushall()\n' },
  ],
  invalid: [
    {
      name: "redis-py and pymongo given no address: localhost",
      path: 'app/storage.py',
      code: `import redis
from redis.asyncio import Redis as AsyncRedis
from pymongo import MongoClient
from motor.motor_asyncio import AsyncIOMotorClient

cache = ⟦redis.StrictRedis(decode_responses=True)⟧
events = ⟦AsyncRedis()⟧
mongo = ⟦MongoClient()⟧
motor = ⟦AsyncIOMotorClient(tz_aware=True)⟧
`,
      messageIncludes: [...MESSAGE, 'os.environ'],
    },
  ],
};

export const goDefaultAddressExamples: Examples = {
  valid: [
    {
      name: 'an address given (Addr from the config, a URL parsed), options built elsewhere, and a Redis client of another package',
      path: 'internal/cache/redis.go',
      code: `package cache

import (
\t"os"

\t"github.com/redis/go-redis/v9"
)

func New(cfg Config, opts *redis.Options) *redis.Client {
\tparsed, _ := redis.ParseURL(os.Getenv("REDIS_URL"))
\t_ = redis.NewClient(parsed)
\t_ = redis.NewClient(opts)
\t_ = store.NewClient(&store.Options{})
\treturn redis.NewClient(&redis.Options{Addr: cfg.RedisAddr, Password: os.Getenv("REDIS_PASSWORD")})
}
`,
    },
  ],
  invalid: [
    {
      name: "go-redis' options with no Addr: it dials localhost:6379",
      path: 'internal/cache/redis.go',
      code: `package cache

import (
\t"os"

\tgoredis "github.com/go-redis/redis/v8"
)

var Client = ⟦goredis.NewClient(&goredis.Options{Password: os.Getenv("REDIS_PASSWORD"), DB: 0})⟧
`,
      messageIncludes: [...MESSAGE, 'os.Getenv("REDIS_URL")'],
    },
  ],
};

export const javaDefaultAddressExamples: Examples = {
  valid: [
    {
      name: 'Jedis and MongoDB given an address, a pool given a name (a host, a URL or a config), and a Jedis of no import',
      path: 'src/main/java/com/acme/shop/CacheConfig.java',
      code: `package com.acme.shop;

import redis.clients.jedis.JedisPool;
import com.mongodb.client.MongoClients;

class CacheConfig {
  JedisPool pool = new JedisPool(System.getenv("REDIS_URL"));
  JedisPool configured = new JedisPool(poolConfig);
  Object mongo = MongoClients.create(System.getenv("MONGODB_URL"));
  Object other = new Jedis();
}
`,
    },
  ],
  invalid: [
    {
      name: "Jedis and the MongoDB driver given nothing: localhost",
      path: 'src/main/java/com/acme/shop/Clients.java',
      code: `package com.acme.shop;

import redis.clients.jedis.*;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

class Clients {
  Jedis jedis = ⟦new Jedis()⟧;
  JedisPool pool = ⟦new JedisPool(new JedisPoolConfig())⟧;
  MongoClient mongo = ⟦MongoClients.create()⟧;
}
`,
      messageIncludes: [...MESSAGE, 'System.getenv'],
    },
  ],
};

export const kotlinDefaultAddressExamples: Examples = {
  valid: [
    { name: 'a pool given the URL', path: 'src/main/kotlin/shop/Cache.kt', code: 'import redis.clients.jedis.JedisPooled\n\nval cache = JedisPooled(System.getenv("REDIS_URL"))\n' },
  ],
  invalid: [
    {
      name: 'Kotlin constructs Jedis and MongoDB clients with no address',
      path: 'src/main/kotlin/shop/Clients.kt',
      code: 'import redis.clients.jedis.JedisPooled\nimport com.mongodb.client.MongoClients\n\nval cache = ⟦JedisPooled()⟧\nval mongo = ⟦MongoClients.create()⟧\n',
      messageIncludes: MESSAGE,
    },
  ],
};
