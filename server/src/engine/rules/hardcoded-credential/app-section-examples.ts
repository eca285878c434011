// An app's own config sections (issue #9, probe22 H, probe22c B, probe22p G): a number under a secret's key
// (`Minio: { AccessSecret: 48213907 }`), a secret spelling its own key in the config the app loads
// (`emailSecret: "EmailSecret"`, `"secret": "shopauthsecret"`), and a generated password to a managed service's
// public host, an error even in a template (`.env.example`). Hard negatives: MinIO's stock `12345678`, ids and
// sizes under other names, the same words in templates, tests and node-config's variable map, environment names,
// and a template's `user:password@localhost`.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const LIVE = ['placeholder never filled in'];
const CLOUD = { severity: 'error' as const, messageIncludes: ["managed service's public host"] };
/** Random-looking made-up values: a Heroku-shaped login and an Upstash-shaped one. */
const HEX_PASSWORD = '9c1f4e7a2b8d3f60a5e1c9d7b4f2a86e3d5c7b9a1f0e2d4c6b8a0f1e3d5c7b9a';
const URLSAFE_PASSWORD = 'Tq3xV9pLk2Wm7Rz4Nb8Hc1Yd';

export const APP_SECTION_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  yaml: {
    valid: [
      {
        name: "MinIO's stock local secret (a run), and numbers under an id's and a size's names",
        path: 'server/app.yaml',
        code: 'Minio:\n  AccessId: minioadmin\n  AccessSecret: 12345678\n  SecretId: 48213907\n  SecretMaxAge: 86400\n',
      },
      {
        name: 'the same self-naming words in a template, copied and filled in',
        path: 'config/config.example.yaml',
        code: 'encryptSecret:\n  jwtSecret: "JwtSecret"\n  emailSecret: "EmailSecret"\n',
      },
      {
        name: 'an environment variable\'s name and a description under a secret\'s key',
        path: 'config/config.yaml',
        code: 'encryptSecret:\n  emailSecret: EMAIL_SECRET\n  phoneSecretHint: "Phone secret"\n',
      },
      {
        name: "a template's local login and a documentation host: no generated password to a public host",
        path: 'apps/worker/config/settings.example.yaml',
        code: 'database:\n  url: "mysql://app:secret@127.0.0.1:3306/app"\n  replica: "postgresql://user:password@db.example.com:5432/shadow"\n',
      },
    ],
    invalid: [
      {
        name: "bbs-go: a number under an app section's secret key, unquoted where the quoted one is already a secret",
        path: 'server/bbs-go.yaml',
        code: 'Env: prod\nMinio:\n  AccessId: mediauser\n  AccessSecret: ⟦48213907⟧\nOss:\n  AccessKeySecret: ⟦93017425⟧\n  SecretAccessKey: ⟦73920184⟧\n',
        severity: 'error',
      },
      {
        name: "gin-mall: a secret spelling its own key in the config the app loads is a placeholder never filled in",
        path: 'config/config.yaml',
        code: 'system:\n  appEnv: release\nencryptSecret:\n  emailSecret: ⟦"EmailSecret"⟧\n  phoneSecret: ⟦"PhoneSecret"⟧\n  jwtSecret: ⟦"ShopJwtSecret"⟧\n',
        severity: 'warning',
        messageIncludes: LIVE,
      },
      {
        name: 'an example config with a generated password to Amazon MQ: a live login even in a template',
        path: 'apps/worker/config/settings.example.yaml',
        code: `queue:\n  url: "amqps://worker:⟦${URLSAFE_PASSWORD}⟧@b-1a2b3c4d.mq.us-east-1.amazonaws.com:5671"\n`,
        ...CLOUD,
      },
    ],
  },
  json: {
    valid: [
      {
        name: "node-config's variable map, a test run's config, and a label under a secret's words",
        path: 'config/custom-environment-variables.json',
        code: '{\n  "authentication": { "secret": "AUTH_SECRET" },\n  "session": { "cookieSecret": "COOKIE_SECRET" }\n}\n',
      },
      { name: "a test run's config", path: 'config/test.json', code: '{\n  "authentication": { "secret": "testsecret" }\n}\n' },
    ],
    invalid: [
      {
        name: "FeathersJS' config/default.json: the app's name run into `secret` is the key every deploy signs with",
        path: 'config/default.json',
        code: '{\n  "authentication": {\n    "secret": ⟦"shopauthsecret"⟧,\n    "entity": "user"\n  }\n}\n',
        severity: 'warning',
        messageIncludes: LIVE,
      },
      {
        name: 'a MongoDB Atlas login with a generated password in an example config',
        path: 'config/default.example.json',
        code: `{\n  "db": "mongodb+srv://shop:⟦${HEX_PASSWORD}⟧@cluster0.ab1cd.mongodb.net/shop"\n}\n`,
        ...CLOUD,
      },
    ],
  },
  dotenv: {
    valid: [
      {
        name: "a template's local login, a documentation host, a commented shape and an empty secret",
        path: 'packages/db/.env.example',
        code: "# DATABASE_URL='postgresql://<user>:<pass>@<db-host>:<db-port>/<db-name>'\nDATABASE_URL=\"postgresql://postgres:password@localhost:5432/app\"\nSHADOW_DATABASE_URL=\"postgresql://user:password@db.example.com:5432/shadow\"\nNEXTAUTH_SECRET=\n",
      },
    ],
    invalid: [
      {
        name: "cal.com's .env.example: a Heroku Postgres login (generated hex password, ec2 host) is live even in a template",
        path: 'packages/db/.env.example',
        code: `DATABASE_URL="postgres://srlgewwqxzauk:⟦${HEX_PASSWORD}⟧@ec2-3-91-42-17.compute-1.amazonaws.com:5432/d8k2mq0v7hx1ab"\n`,
        ...CLOUD,
      },
      {
        name: 'an Upstash Redis login in a .env.sample',
        path: 'apps/web/.env.sample',
        code: `REDIS_URL=rediss://default:⟦${HEX_PASSWORD}⟧@apn1-lasting-owl-31255.upstash.io:6379\n`,
        ...CLOUD,
      },
    ],
  },
  toml: {
    valid: [{ name: "a template's local login", path: 'config.example.toml', code: '[database]\nurl = "postgres://user:password@localhost/app"\n' }],
    invalid: [
      {
        name: 'a secret spelling its own key in a settings file the app loads',
        path: 'config/config.toml',
        code: '[encrypt]\nemail_secret = "⟦EmailSecret⟧"\n',
        severity: 'warning',
        messageIncludes: LIVE,
      },
      {
        name: 'a Heroku Postgres login in an example TOML',
        path: 'config.example.toml',
        code: `[database]\nurl = "postgres://abcdefghq:⟦${HEX_PASSWORD}⟧@ec2-3-80-11-22.compute-1.amazonaws.com:5432/dxx"\n`,
        ...CLOUD,
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: "an example's template login to a public cloud host: a placeholder's word, nothing generated",
        path: 'examples/seed.js',
        code: "const url = 'postgres://user:password@ec2-3-80-11-22.compute-1.amazonaws.com:5432/app';\n",
      },
    ],
    invalid: [
      {
        name: 'a Heroku Postgres login in an example script: the generated password to a public host keeps its severity',
        path: 'examples/seed.js',
        code: `const pool = new Pool({ connectionString: 'postgres://abcdefghq:⟦${HEX_PASSWORD}⟧@ec2-3-80-11-22.compute-1.amazonaws.com:5432/dxx' });\n`,
        ...CLOUD,
      },
    ],
  },
  python: {
    valid: [{ name: "a template's slot in a Neon URL", path: 'examples/load.py', code: 'engine = create_engine("postgresql://loader:<password>@ep-cool-lake-123456.us-east-2.aws.neon.tech/app")\n' }],
    invalid: [
      {
        name: 'a Neon login with a generated password in a notebook-style example',
        path: 'examples/load.py',
        code: `engine = create_engine("postgresql://loader:⟦${URLSAFE_PASSWORD}⟧@ep-cool-lake-123456.us-east-2.aws.neon.tech/app")\n`,
        ...CLOUD,
      },
    ],
  },
  properties: {
    valid: [{ name: 'a placeholder read', path: 'src/main/resources/application.properties', code: 'shop.secret=${SHOP_SECRET}\n' }],
    invalid: [
      {
        name: "Spring: the app's name run into `secret`, and a number under a secret's key",
        path: 'src/main/resources/application.properties',
        code: 'shop.secret=⟦shopauthsecret⟧\naccess.secret=⟦48213907⟧\n',
      },
    ],
  },
};
