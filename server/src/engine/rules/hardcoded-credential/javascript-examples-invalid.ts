// Must report exactly the marked ranges. Fixture secrets are generated, never real keys.
import type { InvalidExample } from '../../rule';

/** Offsets of `text` in the example's code once the ⟦ ⟧ markers are stripped (for fix spans). */
function spanIn(marked: string, text: string): { start: number; end: number } {
  const code = marked.replace(/[⟦⟧]/g, '');
  const start = code.indexOf(text);
  return { start, end: start + text.length };
}

const FALLBACK = `const secret = process.env.JWT_SECRET || ⟦'superSecret'⟧;\n`;
const URL_FALLBACK = `const url = process.env.DATABASE_URL || 'postgres://app:⟦pg-s3cret-41⟧@db.internal:5432/app';\n`;
const MONGO = `mongoose.connect('mongodb+srv://app:⟦Mong0Pass-19⟧@cluster0.abcde.mongodb.net/shop');\n`;

const namedTargets: InvalidExample[] = [
  {
    name: "a header sent from a map of headers, whatever holds the map (graphql-codegen's schema pointers: schema is a UI word elsewhere)",
    path: 'codegen.ts',
    code: `const config = {\n  schema: [{ 'https://inventory.acme.internal/v1/graphql': { headers: { 'x-hasura-admin-secret': ⟦'Vb7nK2qLx9RtW4mZp8YcD3sF'⟧ } } }],\n  generates: { 'src/gql/': { preset: 'client' } },\n};\nexport default config;\n`,
  },
  {
    name: "a command-line option's default, named by its flag: commander's third argument, yargs' { default }",
    path: 'bin/release.js',
    code: `program.option('--slack-webhook-secret <secret>', 'signing secret', ⟦'Er5gqWm3MUYGOGddeH3Lfh0wLQyYX6oH'⟧)\nyargs(argv).option('mirror-token', { type: 'string', default: ⟦'6WKHOmJ7Fef2AvuXdW6d4PgQI8pcNnHj5h6Zd5i3'⟧ })\n`,
  },
  {
    name: "otplib's one-time-password seed, generated and for a QR code",
    path: 'src/twofactor.ts',
    code: `import { authenticator } from 'otplib'\nconst code = authenticator.generate(⟦'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD'⟧)\nconst uri = authenticator.keyuri('ops@example.com', 'Portal', ⟦'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLE'⟧)\n`,
  },
  {
    name: 'a generated key stays a key beside a local base URL (a tunnel, a proxy to the real service)',
    path: 'src/llm.ts',
    code: `const proxied = new OpenAI({ baseURL: 'http://localhost:8080/v1', apiKey: ⟦'sk-2f9a8c7e6d5b4a3f2e1d0c9b8a7f6e5d'⟧ })\n`,
  },
  {
    name: "a literal compared with a request value read by a credential-named key (Express' req.header, req.get, URLSearchParams)",
    path: 'src/middleware/apiKey.js',
    code: `module.exports = (req, res, next) => {\n  if (req.header('x-api-key') !== ⟦'Qv7Lm2Xr9TkW4nZpHs3B'⟧) return res.sendStatus(401)\n  const url = new URL(req.url, 'http://x')\n  if (url.searchParams.get('token') === ⟦'Rt5yHq2Lm8XvK3wPzN6c'⟧) return next()\n  next()\n}\n`,
  },
  {
    name: 'a credential-named variable',
    path: 'src/db.ts',
    code: `const dbPassword = ⟦'hunter2'⟧;\n`,
    messageIncludes: ['hardcoded password', '"dbPassword"', 'process.env.DB_PASSWORD'],
    fix: { kind: 'move-to-env', envName: 'DB_PASSWORD', value: 'hunter2', span: spanIn(`const dbPassword = 'hunter2';`, `'hunter2'`) },
  },
  {
    name: 'a nested config object',
    path: 'src/config.js',
    code: `const config = { db: { host: 'db.internal', password: ⟦'s3cr3t-Pa55'⟧ } };\n`,
    messageIncludes: ['"config.db.password"', 'process.env.DB_PASSWORD'],
    fix: { envName: 'DB_PASSWORD', value: 's3cr3t-Pa55' },
  },
  {
    name: 'module.exports',
    path: 'config/index.js',
    code: `module.exports = { jwtSecret: ⟦'superSecretValue'⟧, port: 3000 };\n`,
    fix: { envName: 'JWT_SECRET' },
  },
  {
    name: 'an assignment to a property',
    path: 'src/setup.ts',
    code: `config.db.password = ⟦'p@ssw0rd!'⟧;\n`,
    fix: { envName: 'DB_PASSWORD', value: 'p@ssw0rd!' },
  },
  {
    name: 'a class field',
    path: 'src/client.ts',
    code: `class Client {\n  private apiKey = ⟦'65124a7ce8123c5d06cbb824bba271d9'⟧;\n}\n`,
    messageIncludes: ['hardcoded API key'],
    fix: { envName: 'API_KEY' },
  },
  {
    name: 'a parameter default',
    path: 'src/connect.js',
    code: `function connect(host, password = ⟦'Tr0ub4dor&3'⟧) {}\n`,
    fix: { envName: 'PASSWORD' },
  },
  {
    name: 'a destructuring default',
    path: 'src/options.ts',
    code: `const { clientSecret = ⟦'9c2f1e7b44d0-oauth'⟧ } = options;\n`,
    fix: { envName: 'CLIENT_SECRET' },
  },
  {
    name: 'a comparison against a hardcoded key',
    path: 'src/middleware.ts',
    code: `if (req.headers['x-api-key'] === ⟦'internal-9f8e7d'⟧) next();\n`,
    messageIncludes: ['hardcoded API key'],
    fix: { envName: 'X_API_KEY' },
  },
  {
    name: 'a ternary branch',
    path: 'src/secret.ts',
    code: `const sessionSecret = isProd ? process.env.SESSION_SECRET : ⟦'dev-only-s3cret'⟧;\n`,
    fix: { envName: 'SESSION_SECRET' },
  },
  {
    name: 'a key decoded with Buffer.from',
    path: 'src/crypto.ts',
    code: `const encryptionKey = Buffer.from(⟦'010188b99a60197643f43ddfdc152a80c8e3d887a67bc8dad339d27716ed5771'⟧, 'hex');\n`,
    fix: { envName: 'ENCRYPTION_KEY' },
  },
  {
    name: 'app.set with a credential name',
    path: 'src/app.js',
    code: `app.set('jwtSecret', ⟦'set-via-app-9d'⟧);\n`,
    fix: { envName: 'JWT_SECRET' },
  },
  {
    name: 'a write to process.env (no in-place fix)',
    path: 'src/boot.ts',
    code: `process.env.API_SECRET = ⟦'7Hq!x9Lm'⟧;\n`,
    messageIncludes: ['process.env.API_SECRET'],
  },
];

const fallbacks: InvalidExample[] = [
  {
    name: "a zod env schema's default: the value whenever the variable is unset",
    path: 'src/env.ts',
    code: `import { z } from 'zod';\nconst EnvSchema = z.object({\n  RESEND_API_KEY: z.string().default(⟦'re_ZvGeuloA_Ux9Rd0jzmYbRTduKEFJDkQjX'⟧),\n});\n`,
  },
  {
    // The message about the second literal names the read, never the first literal's text.
    name: 'chained || and ?? fallbacks: each literal is reported, neither is quoted',
    path: 'src/keys.js',
    code: `const a = process.env.API_TOKEN || ⟦'Qm7vR2xT9kLp4sWz'⟧ || ⟦'Hn3bY8cF6jDq1gVe'⟧;\nconst b = process.env.SESSION_SECRET ?? ⟦'Zu5tK9wE2rNx7pLc'⟧ ?? ⟦'Bq4mS8vH1yJd6fTa'⟧;\n`,
  },
  {
    name: 'an || fallback of a credential env read',
    path: 'src/auth.ts',
    code: FALLBACK,
    messageIncludes: ['fallback of process.env.JWT_SECRET', 'set JWT_SECRET in the environment'],
    fix: {
      kind: 'move-to-env',
      span: spanIn(FALLBACK, `process.env.JWT_SECRET || 'superSecret'`),
      envName: 'JWT_SECRET',
      existingEnvName: 'JWT_SECRET',
      value: 'superSecret',
    },
  },
  {
    name: 'a ?? fallback',
    path: 'src/session.ts',
    code: `const key = process.env.SESSION_SECRET ?? ⟦'keyboard cat'⟧;\n`,
    fix: { envName: 'SESSION_SECRET', existingEnvName: 'SESSION_SECRET', value: 'keyboard cat' },
  },
  {
    name: 'a destructuring default from process.env',
    path: 'src/env.js',
    code: `const { API_TOKEN = ⟦'dev-4f9a2c71e8'⟧ } = process.env;\n`,
    messageIncludes: ['fallback of process.env.API_TOKEN'],
  },
  {
    name: 'an envalid default',
    path: 'src/env.ts',
    code: `const env = cleanEnv(process.env, { JWT_SECRET: str({ default: ⟦'dev-jwt-8s7d6f'⟧ }) });\n`,
    messageIncludes: ['JWT_SECRET'],
  },
  {
    name: 'a URL fallback: the password is reported, the fix moves the whole URL',
    path: 'src/db.ts',
    code: URL_FALLBACK,
    messageIncludes: ['postgres connection URL', 'set DATABASE_URL in the environment'],
    fix: {
      span: spanIn(URL_FALLBACK, `process.env.DATABASE_URL || 'postgres://app:pg-s3cret-41@db.internal:5432/app'`),
      envName: 'DATABASE_URL',
      existingEnvName: 'DATABASE_URL',
      value: 'postgres://app:pg-s3cret-41@db.internal:5432/app',
    },
  },
];

const apis: InvalidExample[] = [
  {
    name: "commands Bun and Deno run: Bun.spawn's array, Bun's $\`…\`, new Deno.Command's args, Deno.run's cmd",
    path: 'tasks/backup.ts',
    code: `import { $ } from 'bun';\nawait $\`docker login -u acme -p ⟦Vm6Xc2Lz9Qw4Rt8N⟧ registry.example.com\`;\nBun.spawn(['redis-cli', '-h', 'cache', '-a', '⟦Lp3Ko9Ij5Uh2Yg7T⟧', 'FLUSHDB']);\nawait new Deno.Command('curl', { args: ['-fsS', '-H', 'Authorization: Bearer ⟦Zt4nW8qK2vLp6XmR9cBy⟧', 'https://hooks.example.com/backup'] }).output();\nDeno.run({ cmd: ['sshpass', '-p', '⟦Bv6Nm1Qw8Er3Ty5U⟧', 'ssh', 'deploy@jump.example.com'] });\n`,
  },
  {
    name: "commands a Node script runs: child_process' command lines and argument vectors, execa, zx's $\`…\`",
    path: 'scripts/release.mjs',
    code: `import { execSync, execFileSync, spawn } from 'node:child_process';\nimport { execa } from 'execa';\nimport { $ } from 'zx';\nexecSync('docker login -u acme -p ⟦Xk4vR8mT2qLw9Zn⟧ registry.example.com');\nexecFileSync('curl', ['-fsS', '-u', 'release-bot:⟦Nw7pQ3xK8vLm2RtZ⟧', 'https://artifacts.example.com/']);\nspawn('sshpass', ['-p', '⟦Bv6Nm1Qw8Er3Ty5U⟧', 'ssh', '-p', '2222', 'deploy@jump.example.com']);\nawait execa('sentry-cli', ['releases', 'new', version, '--auth-token', '⟦Hq2wE5rT8yU1iO4pA7sDf3Gh6Jk9Lz0XcVbN1mQa⟧']);\nexecSync('mysql -u seed -p⟦Kd9Lf2Gh5Jk8Zx1C⟧ shop < db/seed.sql');\nawait $\`redis-cli -h cache.example.com -a ⟦Pl0Ok9Ij8Uh7Yg6T⟧ \${command}\`;\n`,
  },
  {
    name: 'express-session secret',
    path: 'src/app.js',
    code: `const session = require('express-session');\napp.use(session({ secret: ⟦'my-session-secret-2024'⟧, resave: false }));\n`,
    messageIncludes: ['session({ secret })'],
    fix: { envName: 'SESSION_SECRET' },
  },
  {
    name: 'cookie-session keys',
    path: 'src/app.js',
    code: `app.use(cookieSession({ name: 'sess', keys: [⟦'k3y-one-8f2a'⟧, ⟦'k3y-two-91bc'⟧] }));\n`,
    fix: { envName: 'SESSION_KEYS' },
  },
  {
    name: 'jwt.sign with a literal secret',
    path: 'src/tokens.js',
    code: `const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ id }, ⟦'shhhh-2f8a'⟧);\n`,
    messageIncludes: ['passed to jwt.sign', 'process.env.JWT_SECRET'],
    fix: { envName: 'JWT_SECRET', value: 'shhhh-2f8a' },
  },
  {
    name: 'jwt.verify through an import alias',
    path: 'src/verify.ts',
    code: `import * as jsonwebtoken from 'jsonwebtoken';\njsonwebtoken.verify(token, ⟦'hmac-key-77'⟧);\n`,
    fix: { envName: 'JWT_SECRET' },
  },
  {
    name: 'new Sequelize(db, user, password)',
    path: 'src/models/index.js',
    code: `const { Sequelize } = require('sequelize');\nconst sequelize = new Sequelize('shop', 'app', ⟦'Sh0pPass!'⟧, { host: 'localhost', dialect: 'mysql' });\n`,
    messageIncludes: ['passed to new Sequelize'],
    fix: { envName: 'DB_PASSWORD' },
  },
  {
    name: 'mysql2 createConnection',
    path: 'src/db.js',
    code: `const mysql = require('mysql2');\nconst db = mysql.createConnection({ host: 'db', user: 'app', password: ⟦'mysqlP4ss'⟧ });\n`,
    messageIncludes: ['mysql.createConnection({ password })'],
    fix: { envName: 'DB_PASSWORD' },
  },
  {
    name: 'pg Pool',
    path: 'src/pool.ts',
    code: `import { Pool } from 'pg';\nexport const pool = new Pool({ user: 'app', password: ⟦'pgpass-2931'⟧ });\n`,
    fix: { envName: 'DB_PASSWORD' },
  },
  {
    name: 'nodemailer auth.pass beside a user',
    path: 'src/mail.ts',
    code: `import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host: 'smtp.mail.test', auth: { user: 'bot@mail.test', pass: ⟦'mailer-pw-83'⟧ } });\n`,
    fix: { envName: 'SMTP_PASS' },
  },
  {
    name: 'aws-sdk v2 keys',
    path: 'src/s3.js',
    code: `const AWS = require('aws-sdk');\nconst s3 = new AWS.S3({ accessKeyId: ⟦'AKIAFWMCDT3OJBEBCI5E'⟧, secretAccessKey: ⟦'ZH0h4uDlKn+Pgg6OJyRNN9a7x1Q4U6Ed5DgnY04e'⟧ });\n`,
    messageIncludes: ['AWS_'],
  },
  {
    name: 'aws-sdk v3 credentials',
    path: 'src/s3.ts',
    code: `import { S3Client } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: ⟦'RPGKIXqraOzgzMU7Y29zIWOxCriuFmmRjQ0z3h2/'⟧ } });\n`,
    fix: { envName: 'AWS_SECRET_ACCESS_KEY' },
  },
  {
    name: 'ioredis password',
    path: 'src/cache.ts',
    code: `import Redis from 'ioredis';\nconst redis = new Redis({ host: 'cache', password: ⟦'r3dis-pass'⟧ });\n`,
    fix: { envName: 'REDIS_PASSWORD' },
  },
  {
    name: "require('stripe')(key)",
    path: 'src/billing.js',
    code: `const stripe = require('stripe')(⟦'sk_live_Ats90sR4pDlA3CaJPqZoH0Rj'⟧);\n`,
    messageIncludes: ['Stripe secret key', "passed to require('stripe')", 'rotate it'],
    fix: { envName: 'STRIPE_SECRET_KEY', value: 'sk_live_Ats90sR4pDlA3CaJPqZoH0Rj' },
  },
  {
    name: 'new Stripe(test key)',
    path: 'src/billing.ts',
    code: `import Stripe from 'stripe';\nconst stripe = new Stripe(⟦'sk_test_vL4LErCgsuTEc7I9i4gsxcFO'⟧, { apiVersion: '2024-06-20' });\n`,
    fix: { envName: 'STRIPE_SECRET_KEY' },
  },
  {
    name: 'crypto.createHmac key',
    path: 'src/webhooks.ts',
    code: `import crypto from 'node:crypto';\nconst signature = crypto.createHmac('sha256', ⟦'webhook-signing-9f3'⟧).update(body).digest('hex');\n`,
    fix: { envName: 'HMAC_SECRET' },
  },
  {
    name: 'cookie-parser secret',
    path: 'src/app.js',
    code: `const cookieParser = require('cookie-parser');\napp.use(cookieParser(⟦'cookie-s3cret-55'⟧));\n`,
    fix: { envName: 'COOKIE_SECRET' },
  },
  {
    name: 'passport-jwt secretOrKey',
    path: 'src/passport.ts',
    code: `passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey: ⟦'jwt-strategy-key-1'⟧ }, verify));\n`,
    fix: { envName: 'JWT_SECRET' },
  },
  {
    name: 'OpenAI client',
    path: 'src/ai.ts',
    code: `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: ⟦'sk-proj-Qaqirss2Vf7PDAk5BZERHVCtEvzGq98ABnJbRCw3jeZ1EUxZ'⟧ });\n`,
    messageIncludes: ['OpenAI API key'],
    fix: { envName: 'OPENAI_API_KEY' },
  },
  {
    name: 'SendGrid setApiKey',
    path: 'src/mail.js',
    code: `const sgMail = require('@sendgrid/mail');\nsgMail.setApiKey(⟦'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'⟧);\n`,
    fix: { envName: 'SENDGRID_API_KEY' },
  },
];

const urls: InvalidExample[] = [
  {
    name: 'mongoose.connect URL',
    path: 'src/db.js',
    code: MONGO,
    messageIncludes: ['mongodb+srv connection URL', 'process.env.MONGODB_URL'],
    fix: {
      span: spanIn(MONGO, `'mongodb+srv://app:Mong0Pass-19@cluster0.abcde.mongodb.net/shop'`),
      envName: 'MONGODB_URL',
      value: 'mongodb+srv://app:Mong0Pass-19@cluster0.abcde.mongodb.net/shop',
    },
  },
  {
    name: 'a URL in a template literal',
    path: 'src/cache.ts',
    code: 'const redisUrl = `redis://:⟦r3d1s-pw⟧@${host}:6379`;\n',
    messageIncludes: ['redis connection URL'],
  },
  {
    name: 'basic auth in an https URL',
    path: 'src/hooks.ts',
    code: `await axios.post('https://deploy:⟦gh-d3ploy-pw⟧@ci.internal/hook');\n`,
    messageIncludes: ['https URL (basic auth)'],
    fix: { envName: 'SERVICE_URL' },
  },
  {
    name: 'a JDBC URL under a URL name',
    path: 'src/legacy.ts',
    code: `const jdbcUrl = 'jdbc:mysql://app:⟦jdbcP4ss⟧@db.internal:3306/shop';\n`,
    fix: { envName: 'JDBC_URL' },
  },
];

const tokens: InvalidExample[] = [
  {
    name: 'a GitHub token under a weak name',
    path: 'src/github.ts',
    code: `const octokit = new Octokit({ auth: ⟦'ghp_GN9HWDvt4DO6WwV2UWpRILQm36fTWx6OqlXf'⟧ });\n`,
    messageIncludes: ['GitHub personal access token', 'rotate it'],
    fix: { envName: 'GITHUB_TOKEN' },
  },
  {
    name: 'a token inside a header string (no in-place fix)',
    path: 'src/api.ts',
    code: `fetch(url, { headers: { Authorization: 'Bearer ⟦ghp_2B2aopc6XnmeKEIKjb8vGYQFyFK2zxEzhdiu⟧' } });\n`,
    messageIncludes: ['inside a string', 'GITHUB_TOKEN'],
  },
  {
    name: 'an AWS access key id in an array',
    path: 'src/keys.ts',
    code: `const ids = [⟦'AKIAYSUDTJWEQ2V6ZMAJ'⟧];\n`,
    fix: { envName: 'AWS_ACCESS_KEY_ID' },
  },
  {
    name: 'a Slack webhook URL',
    path: 'src/notify.ts',
    code: `await fetch(⟦'https://hooks.slack.com/services/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'⟧, { method: 'POST' });\n`,
    fix: { envName: 'SLACK_WEBHOOK_URL' },
  },
  {
    name: 'a PEM private key in a template literal',
    path: 'src/sign.ts',
    code:
      'const privateKey = ⟦`-----BEGIN RSA PRIVATE KEY-----\nxZl2nfxzr/EISBHhbL/Tkn4ObmcFfNjcfraZdNpuKrBmrv9V8iNUd6oI5+CaNBGo\nKje+V5h49gZAwIbtSeb5Q+FMFj9tz0B05w8bc7qLYlIZAs3CJZFTA7cfSBCxaj4f\n-----END RSA PRIVATE KEY-----`⟧;\n',
    messageIncludes: ['hardcoded private key'],
    fix: { envName: 'PRIVATE_KEY' },
  },
  {
    name: 'a JWT under a token name',
    path: 'src/service.ts',
    code: `const serviceToken = ⟦'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmYWE2YWVhZjI2ZGEiLCJpYXQiOjE3MDAwMjgzMzR9.abKA6wAr8W0geS1pvb7aA8ktBTPWjRZ0sBPPi204Jpc'⟧;\n`,
    messageIncludes: ['JSON Web Token', '"serviceToken"'],
    fix: { envName: 'SERVICE_TOKEN' },
  },
  {
    name: 'a Google API key under a non-credential name',
    path: 'src/maps.ts',
    code: `const mapsKey = ⟦'AIzaPcTHersjmPvU9PnkygWOBxy2mAAvCwBfnbp'⟧;\n`,
    fix: { envName: 'GOOGLE_API_KEY' },
  },
  {
    name: 'an Anthropic key',
    path: 'src/claude.ts',
    code: `const anthropic = new Anthropic({ apiKey: ⟦'sk-ant-api03-2CMDlk0ENpnG0kFMVOJzj9k0bB6o7zgey8XXmGttd3b78xeRLdHr96uEDL1QUg4PKgC1c3ieRjmKjgqKyDUMujs49jUBYAA'⟧ });\n`,
    fix: { envName: 'ANTHROPIC_API_KEY' },
  },
  {
    name: 'an Azure storage key inside a connection string',
    path: 'src/blob.ts',
    code: `const conn = 'DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=⟦IASmuW3iXhRlShTQa9yQ10g3DN1wUVqV2CBm3an5t4YTxDqfYR9WcIcf0ECCNOQ41YtnSeHL0/IdrPdv8QyzRQ==⟧;EndpointSuffix=core.windows.net';\n`,
    messageIncludes: ['Azure storage account key'],
  },
  {
    name: 'a real-format key in a test file is still a leak',
    path: 'test/billing.test.ts',
    code: `const stripe = new Stripe(⟦'sk_live_kMfMHnEZTgNNRk1u7560Zlgw'⟧);\n`,
  },
];

/** Where a constant or a lookup's default goes says what it is, whatever it is called. */
const laterUses: InvalidExample[] = [
  {
    name: "constants named for nothing sent as a request's credential header: an options object's headers, a Bearer template, a scheme's concatenation, a headers variable, a setter, a write to the defaults",
    path: 'src/providers/alerts.ts',
    code: `const METEOSOURCE = ⟦'vKHVKaS8GmfuyHYbWA7e71l009RSQVEE'⟧;
const NWS_PARTNER = ⟦'0M2vbM2nG2wrzt235ygNPqvdLW6qqTQH'⟧;
const AIRNOW = ⟦'YHaztZ1t23rFCVQJZW81eSfeQiqqeXKq'⟧;
const LIGHTNING = ⟦'CwiTa2CoMOKbz3w8QCoCmClVKVSd0CoA'⟧;
const POLLEN = ⟦'nacEABD92SKKnL8S0LQ5L6yp73SSvIrq'⟧;
const MAPS = ⟦'hszqubMBXG8NtD7yTuiiXkhvUCX6QZAq'⟧;
const forecast = ky.create({ headers: { 'X-Api-Key': METEOSOURCE } });
const alerts = axios.create({ headers: { Authorization: \`Bearer \${NWS_PARTNER}\` } });
await axios.get(URL, { headers: { Authorization: 'Token ' + AIRNOW } });
const defaultHeaders = { 'X-Auth-Token': LIGHTNING };
await request.get(URL).set('Authorization', \`Bearer \${POLLEN}\`);
axios.defaults.headers.common['Authorization'] = \`Bearer \${MAPS}\`;
`,
  },
  {
    name: "a parameter's default named for nothing, used by its own function as a JWT or HMAC key",
    path: 'src/lib/tokens.ts',
    code: `import { createHmac } from 'node:crypto';
import jwt from 'jsonwebtoken';
export function issue(payload: object, key: string = ⟦'Gm4tQw9xRc2nZk7vBp3sLd8h'⟧, expiresIn = '1h'): string {
  return jwt.sign(payload, key, { expiresIn });
}
export const signBody = (body: string, k = ⟦'Vc6pNz3wKt8mXq2rHb5jLs9d'⟧) => createHmac('sha256', k).update(body).digest('hex');
`,
  },
  {
    name: 'a constant named for nothing, passed to an HMAC and a JWT signer in later statements',
    path: 'src/lib/notify.js',
    code: `const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const K = ⟦'4036b5024e4068261ee50097f80a2d42b72ade5db1214da79f978759bf2f0657'⟧;
const APP = ⟦'CaVrro56DatMFElKvepT'⟧;
const sign = (body) => crypto.createHmac('sha256', K).update(body).digest('hex');
const issue = (user) => jwt.sign({ sub: user.id }, APP, { expiresIn: '1h' });
const KEY = Buffer.from(⟦'b83e14fe2623460a598053e810c38405b83e14fe2623460a598053e810c38405'⟧, 'hex');
const seal = (iv) => crypto.createCipheriv('aes-256-gcm', KEY, iv);
`,
  },
  {
    name: "a config lookup's default under a credential key: Nest's ConfigService, lodash's get",
    path: 'src/auth/jwt.config.ts',
    code: `import { ConfigService } from '@nestjs/config';
import get from 'lodash/get';
export const jwtOptions = (config: ConfigService) => ({ secret: config.get<string>('JWT_SECRET', ⟦'EOLDGgVuGd1J5B9pySVU'⟧) });
export const stripeKey = (settings: object) => get(settings, 'stripe.secretKey', ⟦'f8DC5JrBgYZhGDTPoaMD'⟧);
`,
  },
  {
    name: "@hapi/jwt's keys: one generated string under `keys` signs the tokens",
    path: 'lib/server.js',
    code: `server.auth.strategy('api', 'jwt', { keys: ⟦'b5c761ed9577330a43f7832ffb42ef34be9f44fa50f8847b1303fc817a2e5dd8'⟧, verify: { aud: false, iss: false, sub: false } });
`,
  },
  {
    name: "express-basic-auth's users map, an OAuth client's secret after its id, DefinePlugin's JSON.stringify, an ethers wallet's key, an Alchemy URL",
    path: 'src/server.js',
    code: `const basicAuth = require('express-basic-auth');
const webpack = require('webpack');
const { ethers } = require('ethers');
const { OAuth2Client } = require('google-auth-library');
app.use('/admin', basicAuth({ users: { ops: ⟦'THCdLx2FuBeidVymUVCM'⟧ }, challenge: true }));
const oauth = new OAuth2Client('1234-abc.apps.googleusercontent.com', ⟦'5njjA7CeslhhwvsFDSYUrogA9HLq9uho'⟧, 'https://app.example.com/cb');
new webpack.DefinePlugin({ 'process.env.INTERNAL_API_SECRET': JSON.stringify(⟦'EGYWa8DnFyR5RMF0QtpD'⟧) });
const provider = new ethers.JsonRpcProvider(⟦'https://eth-mainnet.g.alchemy.com/v2/Wq3Rt8YzPn5Lk2Vb7Xc4Md9Fh6Js1Ga0'⟧);
const signer = new ethers.Wallet(⟦'0x9b074f2ed6d4c257c8e02c43252e94b54e27591e77c4b5ab4dfe4dd81b91804f'⟧, provider);
`,
  },
  {
    name: 'a password destructured into its name from an array of literals',
    path: 'server/api/shifts.get.ts',
    code: `const [reportsUser, reportsPassword] = ['reports', ⟦'Hr5Yd2Jk8Pw4GsVn'⟧];
`,
  },
  {
    name: "a Hardhat config: a network's accounts (private keys) and hardhat-verify's per-network API keys; viem's and web3.js' accounts from a literal key",
    path: 'hardhat.config.ts',
    code: `import { privateKeyToAccount } from 'viem/accounts';
const config = {
  networks: { sepolia: { url: RPC, accounts: [⟦'228f36248028c3770fc574d6d42d1d9be2a0acc1fdddfb701739f4c8f8741e24'⟧] } },
  etherscan: { apiKey: { sepolia: ⟦'MVFUPHNO0GS7EN0YRHDMAZAPBQT734O1GI'⟧, mainnet: process.env.ETHERSCAN_API_KEY ?? '' } },
};
const relayer = privateKeyToAccount(⟦'0x9ba5810bc8f6db4009327de3e0fa410d08c0ae315ac952287ab0be20e9d35490'⟧);
web3.eth.accounts.wallet.add(⟦'0x4bc64c165267772a8d16ba47f22fdd6e9974bb37e97bf98d8ffac24ed769c9a9'⟧);
export default config;
`,
  },
  {
    name: "a constant-time compare with a credential name on the other side, and a JWT module's verify (hono/jwt)",
    path: 'src/index.ts',
    code: `import { timingSafeEqual } from 'node:crypto';
import { verify } from 'hono/jwt';
const ok = (password: string) => timingSafeEqual(Buffer.from(password), Buffer.from(⟦'U7QyOlRUkQT8R1DF0bbx'⟧));
const claims = (token: string) => verify(token, ⟦'Z5GIERC9UfewPrD3cZqO'⟧);
await app.register(fastifySecureSession, { key: Buffer.from(⟦'9b074f2ed6d4c257c8e02c43252e94b54e27591e77c4b5ab4dfe4dd81b91804f'⟧, 'hex'), cookieName: 'pay' });
`,
  },
];

const secureStrings: InvalidExample[] = [
  {
    name: "an SSM parameter's value when its type says SecureString (Pulumi), whatever the parameter is called",
    path: 'infra/index.ts',
    code: `import * as aws from '@pulumi/aws';\nnew aws.ssm.Parameter('partner', { type: aws.ssm.ParameterType.SecureString, value: ⟦'bblzFv!m749D#TR9d'⟧ });\n`,
  },
  {
    name: "a password signed in with by position: Firebase's signInWithEmailAndPassword and createUserWithEmailAndPassword, Meteor's loginWithPassword",
    path: 'scripts/smoke.js',
    code: `const { user } = await signInWithEmailAndPassword(auth, 'smoke-bot@acme.example', ⟦'Rt5yHq2Lm8XvK3wP'⟧);
await firebase.auth().createUserWithEmailAndPassword('ops@acme.example', ⟦'Wm4rT8zQe2LpXn6H'⟧);
Meteor.loginWithPassword('kiosk-01', ⟦'Gk2hV9sXq7RmT4wB'⟧, (err) => err && console.error(err));
`,
  },
  {
    name: "a dependency-injection binding of a literal, named by its key (LoopBack's bind().to(), InversifyJS' toConstantValue)",
    path: 'src/application.ts',
    code: `this.bind(TokenServiceBindings.TOKEN_SECRET).to(⟦'Kq8vLm2Wz8RtPxKq8vLm2Wz8RtPxAbx'⟧);
container.bind<string>(TYPES.JwtSecret).toConstantValue(⟦'Zq8vKx2mWp4nRt6yLs0bHj3c'⟧);
`,
  },
  {
    name: "a user and its password by position (superagent's .auth, neo4j-driver's auth.basic, cassandra-driver's PlainTextAuthProvider), and @fastify/jwt's sign options key",
    path: 'src/connectors.js',
    code: `const graph = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic('neo4j', ⟦'Wm4rT8zQe2LpXn6H'⟧));
const events = new cassandra.Client({ authProvider: new cassandra.auth.PlainTextAuthProvider('hub_rw', ⟦'Gk2hV9sXq7RmT4wB'⟧) });
const invoices = () => superagent.get('https://billing.partner.example/api').auth('acme-hub', ⟦'Rt5yHq2Lm8XvK3wP'⟧);
const token = app.jwt.sign({ tenant }, { key: ⟦'Zq8vKx2mWp4nRt6yLs0bHj3cZq8vKx2m'⟧ });
`,
  },
  {
    name: "ldapjs' bind with a distinguished name and its password, and Vault's AppRole login (node-vault)",
    path: 'src/ldap.js',
    code: `client.bind('cn=provisioner,ou=svc,dc=corp,dc=example', ⟦'7XLWfhLbo1KiCj67'⟧, (err) => done(err));\nawait vault.approleLogin({ role_id: roleId, secret_id: ⟦'002844ec-78e6-4007-96b9-5062223af666'⟧ });\n`,
  },
  {
    name: 'a JSON body written as one literal: its password field',
    path: 'src/partner.ts',
    code: `const body = '{"username": "svc", "password": "⟦Hs7dJ2kL9pQ4wE6r⟧"}';\nawait fetch(url, { method: 'POST', body });\n`,
  },
];

export const invalidExamples: InvalidExample[] = [...namedTargets, ...fallbacks, ...apis, ...urls, ...tokens, ...laterUses, ...secureStrings];
