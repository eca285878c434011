// Logins and settings found by held-out batches F and G in Python, Ruby and JS/TS: passwords typed into a login
// form by a script, maps of passwords by user, a DSL's credential setter, framework env helpers'
// defaults, `user:token` strings, Odoo's config; with the UI text and env reads that stay silent.
// Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const javascript: Examples = {
  valid: [
    {
      name: 'typed user names, passwords read from the environment, a label that is UI text',
      path: 'src/scraper.js',
      code: `async function login(page) {
  await page.type('#username', 'acme-buyer');
  await page.type('#password', process.env.PORTAL_PASSWORD);
  await page.getByLabel('Password').fill('Enter your password');
}
`,
    },
  ],
  invalid: [
    {
      name: 'a password typed into a login form by Puppeteer, Playwright or Selenium',
      path: 'src/login.js',
      code: `async function login(page, driver) {
  await page.type('#password', ⟦'kvmx302!QTRpwa'⟧);
  await page.locator('input[name="password"]').fill(⟦'Zq8vK2mx!pLwe7'⟧);
  await driver.findElement(By.id('pwd')).sendKeys(⟦'Tr4nq9!xwLmzc2'⟧);
}
`,
      severity: 'error',
    },
  ],
};

export const LOGIN_SETTING_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript,
  python: {
    valid: [
      {
        name: "Masonite's env() without a default or with an empty one, rules about passwords, a typed user name",
        path: 'config/database.py',
        code: `from masonite.environment import env

DATABASES = {"postgres": {"password": env("DB_PASSWORD"), "user": env("DB_USERNAME", "blog")}}
MAIL = {"password": env("MAIL_PASSWORD", "")}
PASSWORD_RULES = {"min_length": 12, "max_length": 128}
PASSWORD_MESSAGES = {"too_short": "Your password is too short"}

def login(driver):
    driver.find_element(By.ID, "username").send_keys("buyer")
    driver.find_element(By.ID, "password").send_keys(os.environ["PORTAL_PASSWORD"])
`,
      },
    ],
    invalid: [
      {
        name: "a framework env helper's default (Masonite's env('X', '…')), a map of passwords by user, a typed password",
        path: 'app.py',
        code: `from masonite.environment import env

KEY = env("APP_KEY", ⟦"T3ZxqK8mWv2nLp5rYc9bHd4sJf7gA1eU"⟧)
VALID_USERNAME_PASSWORD_PAIRS = {"energy": ⟦"kvmx302!QTRpwa"⟧}

def login(driver, page):
    driver.find_element(By.ID, "password").send_keys(⟦"Zq8vK2mx!pLwe7"⟧)
    page.fill("#password", ⟦"Tr4nq9!xwLmzc2"⟧)
`,
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a form builder with a receiver, a setter fed from attributes or data bags, scopes, a typed email',
        path: 'recipes/database.rb',
        code: `f.password 'Password'
password node['mysql']['server_root_password']
initial_root_password data_bag_item('passwords', 'mysql')['root']
OAUTH_SCOPE = 'read:user'
fill_in 'Email', with: 'ops@example.com'
`,
      },
    ],
    invalid: [
      {
        name: "a DSL's credential setter (Chef), a map of passwords by user, a user:token string, a password typed by Capybara",
        path: 'recipes/database.rb',
        code: `mysql_user 'replicator' do
  password ⟦'kvmx302!QTRpwa'⟧
end
USER_PASSWORDS = { 'ops' => ⟦'Zq8vK2mx!pLwe7'⟧ }
config.handlers.jenkins.auth = ⟦"opsbot:d6af431e0a5512681f39be19054d48479d"⟧
fill_in 'Password', with: ⟦'Tr4nq9!xwLmzc2'⟧
`,
        severity: 'error',
      },
    ],
  },
  ini: {
    valid: [
      {
        name: "Odoo's config with its secrets left to the environment",
        path: 'odoo.conf',
        code: `[options]\ndb_host = pg.internal\ndb_user = odoo\nlist_db = False\n`,
      },
    ],
    invalid: [
      {
        name: "Odoo's config: the master password and the database's",
        path: 'odoo.conf',
        code: `[options]\nadmin_passwd = ⟦Vx8qL2mZ7kT4wN9pR3cB6yHd⟧\ndb_password = ⟦Jm5tQ9vX2zK7wL4nB8rC⟧\n`,
        severity: 'error',
      },
    ],
  },
};

// Batch G: environment lists, WebCrypto raw keys, a key beside a user, a GitHub App's public client ID.
export const ENVIRONMENT_LIST_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: "environment items that name no secret, interpolate one or pass it on, a GitHub App's client ID",
        path: 'gunicorn.conf.py',
        code: `raw_env = ["DJANGO_SETTINGS_MODULE=shop.settings", "SECRET_KEY=changeme", f"API_TOKEN={token}"]
SOCIAL_AUTH_GITHUB_KEY = "Iv1.6ccff4658fe19514"
`,
      },
    ],
    invalid: [
      {
        name: "a secret in one NAME=value item of an environment list (gunicorn's raw_env)",
        path: 'gunicorn.conf.py',
        code: `raw_env = ["DJANGO_SETTINGS_MODULE=shop.settings", "DJANGO_SECRET_KEY=⟦Tq8vX2mK9wLp4rZc7nBy3hJd6sFg1aUe⟧"]\n`,
        severity: 'error',
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: "a container's Env without secrets, WebCrypto importing a public key, MinIO's access key beside its secret",
        path: 'scripts/containers.js',
        code: `const container = await docker.createContainer({ Image: 'postgres:16', Env: ['POSTGRES_USER=app', 'PGDATA=/var/lib/pg'] });
const publicKey = await crypto.subtle.importKey('spki', der, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
const minio = new Minio.Client({ endPoint: 'minio.internal', accessKey: 'archiver', secretKey: process.env.MINIO_SECRET_KEY });
const cache = { user: 'qa', key: 'orders-cache' };
`,
      },
    ],
    invalid: [
      {
        name: "a container's Env item, WebCrypto's raw key material, a BrowserStack key beside its user",
        path: 'scripts/containers.js',
        code: `const container = await docker.createContainer({ Image: 'postgres:16', Env: ['POSTGRES_PASSWORD=⟦Vx8qL2mZ7kT4wN9p⟧'] });
const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(⟦'c1b59a0e4d7f8a23b6e91d0c5f4a7e2b'⟧), { name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
exports.config = { user: 'acmeqa_x7k2', key: ⟦'Rk3vT9mZq2Lw8xNc5pBy'⟧, hostname: 'hub.browserstack.com' };
`,
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'environment items that name no secret',
        path: 'lib/containers.rb',
        code: `Docker::Container.create('Image' => 'redis', 'Env' => ['MODE=cluster', "REDIS_PASSWORD=#{password}"])\n`,
      },
    ],
    invalid: [
      {
        name: "a secret in one NAME=value item of a container's Env (docker-api)",
        path: 'lib/containers.rb',
        code: `Docker::Container.create('Image' => 'redis', 'Env' => ['REDIS_PASSWORD=⟦Vx8qL2mZ7kT4wN9p⟧'])\n`,
        severity: 'error',
      },
    ],
  },
};

// Batch H: a Basic credential encoded by hand, Stripe's webhook secret, an app password, Airflow's and Prisma's files.
export const HAND_WRITTEN_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  typescript: {
    valid: [
      {
        name: 'a Basic header built from variables, bytes that are not encoded, a webhook secret from the environment',
        path: 'src/partner.ts',
        code: `const header = Buffer.from(\`\${user}:\${password}\`).toString('base64');
const bytes = Buffer.from('hello:world', 'utf8');
const event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
`,
      },
    ],
    invalid: [
      {
        name: "a user:password pair encoded for a Basic header by hand, and a Stripe webhook signing secret",
        path: 'src/partner.ts',
        code: `const PARTNER = Buffer.from(⟦'recipes-partner:Xk2mQp9vLr4TzW8n'⟧).toString('base64');
const legacy = btoa(⟦'svc-reports:Vq7wNz3kLp8xRt2m'⟧);
const event = stripe.webhooks.constructEvent(body, signature, ⟦'whsec_Hq3vZ8kLm2xT7wRb9nCy4pJd6sFg1aUe'⟧);
`,
        severity: 'error',
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'a sentence of four-letter words is UI text, not an app password',
        path: 'alerts.py',
        code: `GMAIL_APP_PASSWORD = os.environ["GMAIL_APP_PASSWORD"]\nPASSWORD_HINT = "Your code will come soon"\n`,
      },
    ],
    invalid: [
      {
        name: 'a Google app password (four groups of four letters)',
        path: 'alerts.py',
        code: `GMAIL_APP_PASSWORD = ⟦"yzmt dsnp bmoz ykqg"⟧\n`,
        severity: 'error',
      },
    ],
  },
  ini: {
    valid: [
      {
        name: "Airflow's config with its secrets left to AIRFLOW__… variables",
        path: 'airflow.cfg',
        code: `[core]\nexecutor = CeleryExecutor\nload_examples = False\n\n[webserver]\nweb_server_port = 8080\n`,
      },
    ],
    invalid: [
      {
        name: "Airflow's Fernet key (base64 with its padding), webserver secret and metadata database URL",
        path: 'airflow.cfg',
        code: `[core]\nfernet_key = ⟦cgaDiGbeIxxPg7wMeu2EVrU6atMPnjSsVem2LVUTmTg=⟧\n\n[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:⟦Jm5tQ9vX2zK7wL4nB8rC⟧@airflow-db:5432/airflow\n\n[webserver]\nsecret_key = ⟦c1b59a0e4d7f8a23b6e91d0c5f4a7e2b⟧\n`,
        severity: 'error',
      },
    ],
  },
  tfvars: {
    valid: [
      {
        name: "a Prisma datasource that reads its URL with env()",
        path: 'prisma/schema.prisma',
        code: `datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id       Int    @id @default(autoincrement())\n  password String\n}\n`,
      },
    ],
    invalid: [
      {
        name: "a Prisma datasource with a literal URL and its password",
        path: 'prisma/schema.prisma',
        code: `datasource db {\n  provider = "postgresql"\n  url      = "postgresql://shipping:⟦Rk3vT9mZq2Lw8xNc5pBy⟧@shipping-db.internal:5432/shipping"\n}\n`,
        severity: 'error',
        messageIncludes: ['env("DATABASE_URL")'],
      },
    ],
  },
};
