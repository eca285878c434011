import type { Examples } from '../../rule';

export const javascriptExamples: Examples = {
  valid: [
    {
      name: "session stores given the app's pool or client, or their address from the environment: none written here",
      path: 'src/sessions.js',
      code: "const session = require('express-session');\nconst MySQLStore = require('express-mysql-session')(session);\nconst RedisStore = require('connect-redis')(session);\nconst store = new MySQLStore({ createDatabaseTable: true }, pool);\nconst admin = new RedisStore({ client: redisClient, prefix: 'admin:' });\nconst other = new MySQLStore({ host: process.env.SESSION_DB_HOST, database: 'sessions' });\n",
    },
    {
      name: "Nest module options read from the environment or config, a store that is no Redis client, and a transport that names no broker",
      path: 'src/app.module.ts',
      code: "import { CacheModule } from '@nestjs/cache-manager';\nimport { ClientsModule, Transport } from '@nestjs/microservices';\nimport { ConfigService } from '@nestjs/config';\nimport { fsStore } from './fs-store';\n\nexport const cache = CacheModule.registerAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => ({ host: config.get('REDIS_HOST'), port: 6379 }) });\nexport const files = CacheModule.register({ store: fsStore, host: 'files.internal' });\nexport const rpc = ClientsModule.register([{ name: 'RPC', transport: Transport.TCP, options: { host: 'pricing.internal', port: 4000 } }]);\nexport const events = ClientsModule.register([{ name: 'EVENTS', transport: Transport.RMQ, options: { urls: [process.env.AMQP_URL] } }]);\n",
    },
    {
      name: 'a host or broker list held in a name: from the environment, a let reassigned, a parameter, a URL built around an env host; brokers of no Kafka client',
      path: 'src/db.js',
      code: "const mysql = require('mysql2');\nconst { Kafka } = require('kafkajs');\nconst host = process.env.DB_HOST;\nmysql.createPool({ host });\nlet replica = 'replica.internal';\nif (process.env.REPLICA_HOST) replica = process.env.REPLICA_HOST;\nmysql.createPool({ host: replica });\nfunction pool(hostname) { return mysql.createPool({ hostname }); }\nconst url = 'mongodb://' + process.env.MONGO_HOST + ':27017/shop';\nconst templ = `redis://${process.env.REDIS_HOST}:6379`;\nconst kafka = new Kafka({ brokers: process.env.KAFKA_BROKERS.split(',') });\nconst queue = { brokers: ['10.0.0.4:9092'] };\n",
    },
    { name: "a URL returned by a stringification method is how the object prints, not an address it connects to", path: "src/drivers/memory.ts", code: "export class MemoryDriver {\n  toString(): string {\n    return 'mongodb://memory';\n  }\n\n  get [Symbol.toStringTag](): string {\n    return 'redis://memory';\n  }\n}\n\nexport const nullDriver = { toString: () => 'amqp://null' };\n" },
    { name: "a URL under a key that a form or a schema shows (a placeholder, a hint, an example) is a hint to the reader, not an address", path: "src/credentials/PostgresUrl.credential.tsx", code: "export class PostgresUrl {\n  label = 'Postgres URL';\n  inputs = [{ label: 'Postgres URL', name: 'postgresUrl', type: 'url', placeholder: 'postgresql://db.internal/mydb' }];\n}\n\nexport const RedisField = () => <input name=\"redisUrl\" placeholder=\"redis://cache.internal:6379\" />;\n" },
    {
      name: 'a default of a variable whose name says no service (HOST, API_HOST), an empty default, and a name that is not a host',
      path: 'src/config.js',
      code: `module.exports = {\n  host: process.env.HOST || '0.0.0.0',\n  apiHost: process.env.API_HOST || 'partner.example-api.net',\n  dbName: process.env.DB_NAME || 'orders',\n  isPrimary: process.env.DB_HOST === 'orders-db.prod.internal',\n};\n`,
    },
    {
      name: "AWS's own S3 by region, an endpoint from the environment, a public region endpoint, and an endpoint key of another client",
      path: 'src/lib/storage.ts',
      code: `import { S3Client } from '@aws-sdk/client-s3';
export const backups = new S3Client({ region: process.env.AWS_REGION });
export const store = new S3Client({ endpoint: process.env.S3_ENDPOINT, forcePathStyle: true });
export const spaces = new S3Client({ endpoint: 'https://nyc3.digitaloceanspaces.com', region: 'us-east-1' });
export const aws = new S3Client({ endpoint: 'https://s3.eu-west-1.amazonaws.com' });
export const api = new ApiClient({ endpoint: 'http://partner.internal:8080' });
`,
    },
    { name: 'the URL from the environment', path: 'src/db.js', code: `mongoose.connect(process.env.MONGODB_URL);\n` },
    { name: 'a host from config', path: 'src/cache.ts', code: `import Redis from 'ioredis';\nconst redis = new Redis({ host: config.redis.host, port: 6379 });\n` },
    { name: 'a test connects to a local database', path: 'test/db.test.js', code: `await mongoose.connect('mongodb://localhost:27017/test');\n` },
    { name: 'a seed script', path: 'scripts/seed.ts', code: `const redis = new Redis({ host: 'localhost' });\n` },
    { name: 'documentation hosts', path: 'src/help.js', code: `const sample = 'postgres://user@db.example.com:5432/app';\n` },
    {
      name: "a form field's hint, the URL's user and password still to fill in",
      path: 'credentials/MongoDb.credentials.js',
      code: `export const fields = [{ name: 'connectionString', type: 'string', placeholder: 'mongodb://<USERNAME>:<PASSWORD>@localhost:27017/?authSource=admin' }];\n`,
    },
    {
      name: "a monitor form's connection-string templates, the port a word",
      path: 'src/pages/EditMonitor.ts',
      code: `const templates = {\n  postgres: 'postgres://username:password@host:port/database',\n  redis: 'redis://user:password@host:port',\n};\n`,
    },
    { name: 'a scheme check, not an address', path: 'src/url.js', code: `if (url.startsWith('redis://cache')) useTls = false;\n` },
    { name: 'a message that mentions a URL', path: 'src/db.js', code: `throw new Error('DATABASE_URL must look like postgres://host/db');\n` },
    { name: 'a host that no service owns', path: 'src/api.js', code: `const client = axios.create({ baseURL: 'https://api.stripe.com', host: 'api.stripe.com' });\n` },
    {
      name: 'the development block of a knexfile is local config by name',
      path: 'knexfile.js',
      code: `module.exports = {\n  development: { client: 'pg', connection: { host: '127.0.0.1', database: 'shop_dev' } },\n  production: { client: 'pg', connection: process.env.DATABASE_URL },\n};\n`,
    },
    { name: 'an HTTP URL is not a backing-service address by itself', path: 'src/api.js', code: `fetch('http://inventory.internal/stock');\n` },
    { name: 'a search node from the environment', path: 'src/search.ts', code: `import { Client } from '@elastic/elasticsearch';\nexport const es = new Client({ node: process.env.ELASTICSEARCH_URL });\n` },
  ],
  invalid: [
    {
      name: "session stores that open their own connection: express-mysql-session's options, connect-pg-simple's conObject, connect-redis 3's host (probe30)",
      path: 'src/sessions.js',
      code: "const session = require('express-session');\nconst MySQLStore = require('express-mysql-session')(session);\nconst PgSession = require('connect-pg-simple')(session);\nconst RedisStore = require('connect-redis')(session);\nconst store = new MySQLStore({ host: ⟦'mysql-primary.clinic.lan'⟧, port: 3306, database: 'sessions' });\nconst pg = new PgSession({ tableName: 'user_sessions', conObject: { host: ⟦'10.20.0.15'⟧, database: 'rota' } });\nconst admin = new RedisStore({ host: ⟦'redis.rota.internal'⟧, port: 6379 });\n",
    },
    {
      name: 'round 29: `=== undefined`, `== null`, `=== \'\'`, `!A || !B` and the last else of an else-if chain: the variable is unset there, so a local address is its fallback, information',
      path: 'src/db.js',
      code: "const { Pool } = require('pg');\nconst Redis = require('ioredis');\nconst nodemailer = require('nodemailer');\nlet pool;\nif (process.env.DATABASE_URL === undefined) {\n  pool = new Pool({ host: ⟦'localhost'⟧ });\n}\nif (!process.env.REDIS_HOST || !process.env.REDIS_PORT) {\n  cache = new Redis({ host: ⟦'127.0.0.1'⟧ });\n}\nif (process.env.SMTP_URL) {\n  mail = nodemailer.createTransport(process.env.SMTP_URL);\n} else if (process.env.MAIL_OFF) {\n  mail = null;\n} else {\n  mail = nodemailer.createTransport({ host: ⟦'localhost'⟧, port: 1025 });\n}\n",
      severity: 'info',
      messageIncludes: ['as the fallback of'],
    },
    {
      name: "round 29: a remote address where the variable is unset stays a warning; `=== 'local'` proves nothing unset",
      path: 'src/reports.js',
      code: "const { Pool } = require('pg');\nlet reports;\nif (process.env.REPORTS_DB_URL == null) {\n  reports = new Pool({ host: ⟦'reporting-db.prod.internal'⟧ });\n}\nif (process.env.ARCHIVE_MODE === 'local') {\n  archive = new Pool({ host: ⟦'localhost'⟧ });\n}\n",
    },
    {
      name: "the other branch of a test of the variable is its fallback, whatever it builds (Heroku's JawsDB shape): local, information",
      path: 'config/connection.js',
      code: `const Redis = require('ioredis');\nconst sequelize = process.env.JAWSDB_URL\n  ? new Sequelize(process.env.JAWSDB_URL)\n  : new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, { host: ⟦'localhost'⟧, dialect: 'mysql' });\nconst redis = !process.env.REDIS_URL ? new Redis({ host: ⟦'127.0.0.1'⟧ }) : new Redis(process.env.REDIS_URL);\n`,
      severity: 'info',
      messageIncludes: ['fallback of'],
    },
    {
      name: 'the same choice falling back to another machine is still a warning',
      path: 'config/connection.js',
      code: `const sequelize = process.env.DATABASE_URL\n  ? new Sequelize(process.env.DATABASE_URL)\n  : new Sequelize('shop', 'shop', undefined, { host: ⟦'db1.shop.internal'⟧, dialect: 'mysql' });\n`,
      severity: 'warning',
    },
    {
      name: 'a local fallback after a const that holds an env read is information, as the read in place is',
      path: 'index.js',
      code: `const uri = process.env.DATABASE_URI || process.env.MONGODB_URI;\nif (!uri) console.log('DATABASE_URI not specified');\nmongoose.connect(uri || ⟦'mongodb://localhost:27017/dev'⟧);\n`,
      severity: 'info',
      messageIncludes: ['fallback of DATABASE_URI'],
    },
    {
      name: 'a remote fallback after such a const stays a warning',
      path: 'src/reports.js',
      code: `const reportsUri = process.env.REPORTS_MONGO_URL;\nmongoose.createConnection(reportsUri ?? ⟦'mongodb://reports.db.internal:27017/reports'⟧);\n`,
      severity: 'warning',
    },
    {
      name: "a local address in the else of a production test (or a negated test's body) is the development default: information",
      path: 'app.js',
      code: `const isProduction = process.env.NODE_ENV === 'production';\nif (isProduction) {\n  mongoose.connect(process.env.MONGODB_URI);\n} else {\n  mongoose.connect(⟦'mongodb://localhost/conduit'⟧);\n  mongoose.set('debug', true);\n}\nif (process.env.NODE_ENV !== 'production') {\n  mongoose.createConnection(⟦'mongodb://127.0.0.1:27017/events'⟧);\n}\n`,
      severity: 'info',
      messageIncludes: ['outside production'],
    },
    {
      name: 'a shared host in the non-production branch, and a local one in the production branch, stay warnings',
      path: 'app.js',
      code: `if (process.env.NODE_ENV === 'production') {\n  mongoose.connect(⟦'mongodb://localhost/live'⟧);\n} else {\n  mongoose.connect(⟦'mongodb://mongo.staging.internal:27017/search'⟧);\n}\n`,
      severity: 'warning',
    },
    {
      name: 'a URL (or DSN) with a real password breaks two factors: hardcoded-credential reports the password, this rule the address, with no fix of its own (the credential finding moves the whole value)',
      path: 'src/db.js',
      code: `const pool = new Pool({ connectionString: ⟦'postgres://shop:2cucZ7acv9020A7x@db.internal:5432/shop'⟧ });\n`,
    },
    {
      name: "Nest module options: a broker URL whose password is stock (information for hardcoded-credential, which does not cover the address), a cache store's host named by its store module, a microservice's host named by its transport",
      path: 'src/app.module.ts',
      code: "import { Module } from '@nestjs/common';\nimport { CacheModule } from '@nestjs/cache-manager';\nimport { ClientsModule, Transport } from '@nestjs/microservices';\nimport { RabbitMQModule } from '@golevelup/nestjs-rabbitmq';\nimport * as redisStore from 'cache-manager-redis-store';\n\n@Module({\n  imports: [\n    RabbitMQModule.forRoot(RabbitMQModule, { exchanges: [{ name: 'bank.topic', type: 'topic' }], uri: ⟦'amqp://guest:guest@localhost:5672/'⟧ }),\n    CacheModule.register({ store: redisStore, host: ⟦'quotes-cache.internal'⟧, port: 6379 }),\n    ClientsModule.register([{ name: 'EVENTS', transport: Transport.REDIS, options: { host: ⟦'10.20.4.18'⟧, port: 6379 } }]),\n  ],\n})\nexport class AppModule {}\n",
    },
    {
      name: "a host held in a const and passed by name ({ host }, host: dbHost), kafkajs brokers as a list or a const, and a URL built from pieces around a password: the literals are the addresses",
      path: 'src/db.js',
      code: "const mysql = require('mysql2');\nconst { Kafka } = require('kafkajs');\nconst host = ⟦'orders-db.internal'⟧;\nmysql.createPool({ host, password: process.env.DB_PASSWORD });\nconst dbHost = ⟦'10.0.5.12'⟧;\nmysql.createConnection({ host: dbHost });\nconst kafka = new Kafka({ clientId: 'orders', brokers: [⟦'10.0.0.4:9092'⟧, ⟦'10.0.0.5:9092'⟧] });\nconst brokers = [⟦'kafka-1.internal:9092'⟧];\nconst audit = new Kafka({ brokers });\nconst uri = ⟦'mongodb+srv://archiver:'⟧ + process.env.ARCHIVE_PASSWORD + '@cluster0-a8kd2.mongodb.net/archive';\nconst cacheUrl = ⟦`redis://:${process.env.REDIS_PASSWORD}@cache.internal:6379/0`⟧;\n",
    },
    {
      name: 'a local address in the other branch of a ternary that reads the variable: a default for every case but one, information',
      path: 'src/cache.ts',
      code: `import Redis from 'ioredis';\nconst isProd = process.env.NODE_ENV === 'production';\nexport const redis = new Redis(isProd ? process.env.REDIS_URL! : ⟦'redis://localhost:6379/0'⟧);\n`,
      severity: 'info',
      messageIncludes: ['fallback of REDIS_URL'],
    },
    { name: "the same URL returned by any other method is the address", path: "src/drivers/memory.ts", code: "export class MemoryDriver {\n  archiveUrl(): string {\n    return ⟦'mongodb://outbox-archive.prod.internal:27017/outbox'⟧;\n  }\n}\n" },
    {
      name: "a remote host as the default of a variable named for a service's host (DB_HOST, SMTP_SERVER): no client in sight, the name says it",
      path: 'src/config.js',
      code: `module.exports = {\n  dbHost: process.env.DB_HOST || ⟦'orders-db.prod.internal'⟧,\n  smtpServer: process.env.SMTP_SERVER ?? ⟦'smtp.sendgrid.net'⟧,\n};\n`,
    },
    {
      name: "env-var's default of such a variable: env.get('REDIS_HOST').default('…')",
      path: 'src/lib/cache.ts',
      code: `import env from 'env-var';\nconst REDIS_HOST = env.get('REDIS_HOST').default(⟦'cache-1.prod.internal'⟧).asString();\n`,
    },
    {
      name: "a compose service's name or this machine as the default of such a variable: information",
      path: 'src/config.js',
      code: `module.exports = {\n  redisHost: process.env.REDIS_HOST || ⟦'redis'⟧,\n  pgHost: process.env.PGHOST || ⟦'localhost'⟧,\n};\n`,
      severity: 'info',
    },
    {
      name: 'S3-compatible endpoints (MinIO) and Meilisearch/Typesense nodes written into their clients',
      path: 'src/lib/storage.ts',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import * as Minio from 'minio';
import { MeiliSearch } from 'meilisearch';
import Typesense from 'typesense';
export const s3 = new S3Client({ region: 'us-east-1', endpoint: ⟦'http://minio-0.storage.internal:9000'⟧, forcePathStyle: true });
export const photos = new Minio.Client({ endPoint: ⟦'minio.warehouse.lan'⟧, port: 9000, useSSL: false });
export const meili = new MeiliSearch({ host: ⟦'http://meili.tasks.internal:7700'⟧ });
export const search = new Typesense.Client({ nodes: [{ host: ⟦'typesense.tasks.internal'⟧, port: 8108, protocol: 'http' }] });
`,
      messageIncludes: ['Factor IV'],
    },
    {
      name: 'mongoose.connect with a literal URL',
      path: 'src/db.js',
      code: `const mongoose = require('mongoose');\nmongoose.connect(⟦'mongodb://localhost:27017/shop'⟧);\n`,
      messageIncludes: ['Factor IV', 'MongoDB', 'process.env.MONGODB_URL'],
      fix: { kind: 'move-to-env', envName: 'MONGODB_URL', value: 'mongodb://localhost:27017/shop' },
    },
    {
      name: 'ioredis host',
      path: 'src/cache.ts',
      code: `import Redis from 'ioredis';\nexport const redis = new Redis({ host: ⟦'10.0.3.7'⟧, port: 6379 });\n`,
      messageIncludes: ['Redis host', 'process.env.REDIS_HOST!'],
      fix: { kind: 'move-to-env', envName: 'REDIS_HOST', value: '10.0.3.7' },
    },
    {
      name: 'node-redis socket host',
      path: 'src/cache.js',
      code: `const { createClient } = require('redis');\nconst client = createClient({ socket: { host: ⟦'cache.internal'⟧ } });\n`,
    },
    { name: 'pg Pool', path: 'src/db.js', code: `const { Pool } = require('pg');\nconst pool = new Pool({ host: ⟦'db.internal'⟧, database: 'shop' });\n`, fix: { envName: 'DB_HOST' } },
    {
      name: 'a database host in a config module',
      path: 'src/config.js',
      code: `module.exports = {\n  port: process.env.PORT || 3000,\n  db: { host: ⟦'db.internal'⟧, name: 'shop' },\n};\n`,
    },
    {
      name: 'TypeORM options named by their driver',
      path: 'src/data-source.ts',
      code: `export const options = { type: 'postgres', host: ⟦'pg.prod.internal'⟧, port: 5432 };\n`,
    },
    {
      name: 'the production block of a knexfile',
      path: 'knexfile.js',
      code: `module.exports = {\n  production: { client: 'pg', connection: { host: ⟦'db.internal'⟧, database: 'shop' } },\n};\n`,
    },
    { name: 'amqplib', path: 'src/queue.js', code: `const amqp = require('amqplib');\nconst conn = await amqp.connect(⟦'amqp://rabbit.internal'⟧);\n`, fix: { envName: 'AMQP_URL' } },
    { name: 'nodemailer SMTP host', path: 'src/mail.js', code: `const nodemailer = require('nodemailer');\nconst mailer = nodemailer.createTransport({ host: ⟦'smtp.mailgun.org'⟧, port: 587 });\n`, fix: { envName: 'SMTP_HOST' } },
    {
      name: 'a localhost fallback after an environment read is information',
      path: 'src/db.js',
      code: `mongoose.connect(process.env.MONGODB_URL || ⟦'mongodb://localhost:27017/shop'⟧);\n`,
      severity: 'info',
      messageIncludes: ['fallback of MONGODB_URL'],
    },
    {
      name: "a local default of an env schema (zod's .default) is a fallback: information",
      path: 'src/config.ts',
      code: `import { z } from 'zod';\nexport const env = z.object({ REDIS_URL: z.string().url().default(⟦'redis://localhost:6379'⟧) }).parse(process.env);\n`,
      severity: 'info',
      messageIncludes: ['fallback of REDIS_URL'],
    },
    {
      name: "a remote default of an env schema stays a warning",
      path: 'src/config.ts',
      code: `import { z } from 'zod';\nexport const env = z.object({ DATABASE_URL: z.string().default(⟦'postgres://db.prod.internal:5432/shop'⟧) }).parse(process.env);\n`,
      severity: 'warning',
    },
    {
      name: 'a remote fallback after an environment read stays a warning, with no fix',
      path: 'src/cache.js',
      code: `const url = process.env.REDIS_URL ?? ⟦'redis://cache.prod.internal:6379'⟧;\n`,
      severity: 'warning',
    },
    {
      name: 'an Elasticsearch node and OpenSearch nodes',
      path: 'src/search.js',
      code: `const { Client } = require('@elastic/elasticsearch');\nconst os = require('@opensearch-project/opensearch');\nconst es = new Client({ node: ⟦'http://es-prod-01.internal:9200'⟧ });\nconst search = new os.Client({ nodes: [⟦'https://search.internal:9200'⟧] });\n`,
    },
  ],
};
