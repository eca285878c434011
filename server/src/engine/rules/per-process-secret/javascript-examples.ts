import type { Examples } from '../../rule';

export const javascriptExamples: Examples = {
  valid: [
    {
      name: 'a function only an admin route calls, and one only development calls',
      path: 'src/server.js',
      code: `function rotateSecret(app) {\n  app.use(session({ secret: crypto.randomBytes(32).toString('hex'), store }));\n}\nfunction devSessions(app) {\n  app.use(session({ secret: crypto.randomBytes(32).toString('hex'), store }));\n}\nconst app = express();\nif (process.env.NODE_ENV === 'development') devSessions(app);\napp.post('/admin/rotate', (req, res) => { rotateSecret(app); res.sendStatus(204); });\n`,
    },
    { name: 'the secret from the environment', path: 'src/server.js', code: `app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));\n` },
    {
      name: 'a nonce and a request id made in middleware: per request',
      path: 'src/server.js',
      code: `const crypto = require('crypto');\napp.use((req, res, next) => {\n  res.locals.nonce = crypto.randomBytes(16).toString('base64');\n  req.id = crypto.randomUUID();\n  next();\n});\n`,
    },
    {
      name: 'a reset token and a salt in a route handler',
      path: 'src/routes/users.js',
      code: `router.post('/reset', async (req, res) => {\n  const resetToken = crypto.randomBytes(32).toString('hex');\n  const salt = crypto.randomBytes(16);\n  res.sendStatus(204);\n});\n`,
    },
    { name: 'a script that prints a secret', path: 'scripts/gen-secret.js', code: `const secret = require('crypto').randomBytes(48).toString('base64url');\nconsole.log(secret);\n` },
    { name: 'a file that prints the key it makes', path: 'keys.js', code: `const sessionSecret = require('crypto').randomBytes(48).toString('hex');\nconsole.log(\`SESSION_SECRET=\${sessionSecret}\`);\n` },
    { name: 'an id for a record', path: 'src/notes.js', code: `const note = { id: crypto.randomUUID(), text };\n` },
    { name: 'a test', path: 'test/app.test.js', code: `app.use(session({ secret: crypto.randomBytes(8).toString('hex') }));\n` },
    {
      name: 'a random secret only outside production, production reading the environment',
      path: 'src/server.js',
      code: `const crypto = require('crypto');\nlet secret = process.env.SESSION_SECRET;\nif (process.env.NODE_ENV !== 'production') {\n  secret = crypto.randomBytes(32).toString('hex');\n}\napp.use(session({ secret, resave: false }));\n`,
    },
  ],
  invalid: [
    {
      name: 'a function the module calls as it starts, whatever its name',
      path: 'src/server.js',
      code: `function withSessions(app) {\n  app.use(session({ secret: ⟦crypto.randomBytes(32).toString('hex')⟧, store }));\n}\nconst app = express();\nwithSessions(app);\napp.listen(3000);\n`,
      output: `function withSessions(app) {\n  app.use(session({ secret: process.env.SESSION_SECRET, store }));\n}\nconst app = express();\nwithSessions(app);\napp.listen(3000);\n`,
    },
    {
      name: 'express-session with a random secret',
      path: 'src/server.js',
      code: `const crypto = require('crypto');\napp.use(session({\n  secret: ⟦crypto.randomBytes(32).toString('hex')⟧,\n  resave: false,\n}));\n`,
      messageIncludes: ['SESSION_SECRET'],
      output: `const crypto = require('crypto');\napp.use(session({\n  secret: process.env.SESSION_SECRET,\n  resave: false,\n}));\n`,
    },
    {
      name: 'cookie-parser',
      path: 'src/server.js',
      code: `app.use(cookieParser(⟦crypto.randomBytes(16).toString('hex')⟧));\n`,
      output: `app.use(cookieParser(process.env.COOKIE_SECRET));\n`,
    },
    {
      name: "Koa's app.keys: the fix replaces the element",
      path: 'src/app.js',
      code: `const app = new Koa();\napp.keys = ⟦[crypto.randomBytes(32).toString('hex')]⟧;\n`,
      output: `const app = new Koa();\napp.keys = [process.env.SESSION_SECRET];\n`,
    },
    {
      name: 'a fallback after process.env is information',
      path: 'src/server.js',
      code: `app.use(session({ secret: ⟦process.env.SESSION_SECRET || crypto.randomBytes(32).toString('hex')⟧ }));\n`,
      severity: 'info',
    },
  ],
};

export const typescriptExamples: Examples = {
  valid: [
    { name: 'an IV in a function', path: 'src/crypto.ts', code: `export function seal(key: Buffer, plain: Buffer) {\n  const iv = randomBytes(12);\n  return iv;\n}\n` },
    { name: 'a field of a class made per login', path: 'src/session.ts', code: `export class LoginSession {\n  readonly secret = randomBytes(16).toString('hex');\n}\n` },
    { name: 'a request id in a Nest middleware', path: 'src/request-id.ts', code: `export class RequestId {\n  use(req: Request, res: Response, next: () => void) {\n    const requestId = randomUUID();\n    next();\n  }\n}\n` },
  ],
  invalid: [
    {
      name: 'a JWT secret made at module level',
      path: 'src/auth/tokens.ts',
      code: `import { randomUUID } from 'node:crypto';\nconst JWT_SECRET = ⟦randomUUID()⟧;\nexport const sign = (p: object) => jwt.sign(p, JWT_SECRET);\n`,
      output: `import { randomUUID } from 'node:crypto';\nconst JWT_SECRET = process.env.JWT_SECRET!;\nexport const sign = (p: object) => jwt.sign(p, JWT_SECRET);\n`,
    },
    {
      name: 'cookie-session keys in bootstrap()',
      path: 'src/main.ts',
      code: `async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.use(cookieSession({ keys: ⟦[randomBytes(32).toString('hex')]⟧ }));\n}\n`,
      output: `async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.use(cookieSession({ keys: [process.env.SESSION_SECRET!] }));\n}\n`,
    },
    {
      name: 'a field of a Nest provider: one instance per process',
      path: 'src/auth/token.service.ts',
      code: `@Injectable()\nexport class TokenService {\n  private readonly secret = ⟦randomBytes(32).toString('hex')⟧;\n}\n`,
      output: `@Injectable()\nexport class TokenService {\n  private readonly secret = process.env.SESSION_SECRET!;\n}\n`,
    },
    {
      name: 'a nullish fallback is information',
      path: 'src/auth/tokens.ts',
      code: `const REFRESH_SECRET: string = ⟦process.env.REFRESH_SECRET ?? randomBytes(48).toString('hex')⟧;\n`,
      severity: 'info',
    },
  ],
};
