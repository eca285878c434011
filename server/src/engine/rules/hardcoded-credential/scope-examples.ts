// Examples that hold in every language: a credential guessed from its name is information in
// tests, fixtures and seed data, one known by its format is an error everywhere, and a stock
// local-development password (in a URL, a DSN or a compose value) is information. Fixture
// secrets are generated, never real keys.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const GITHUB_TOKEN = 'ghp_ltNiRFGpdEups9Az44lywQf0xKJjcicEz9pB';
const STRIPE_KEY = 'sk_live_w23Cn9znupmjZyVEAAqQWKtD';

const guessInTest = (path: string, code: string): InvalidExample => ({
  name: 'a password guessed from its name, in a test',
  path,
  code,
  severity: 'info',
  confidence: 'name-only',
  messageIncludes: ['A guess from the name in'],
});

const tokenInTest = (path: string, code: string): InvalidExample => ({
  name: 'a live token known by its format, in a test',
  path,
  code,
  severity: 'error',
  confidence: 'format',
  messageIncludes: ['Identified by its format'],
});

const stockDefault = (name: string, path: string, code: string): InvalidExample => ({
  name,
  path,
  code,
  severity: 'info',
  messageIncludes: ['stock local-development password'],
});

export const SCOPE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [],
    invalid: [
      guessInTest('test/auth.test.js', `const adminPassword = ⟦'admin123'⟧;\n`),
      guessInTest('src/__tests__/login.spec.ts', `const user = { email: 'a@b.c', password: ⟦'Sup3r-Secret'⟧ };\n`),
      guessInTest('prisma/seed.ts', `await prisma.user.create({ data: { email: 'admin@shop.dev', password: ⟦'admin123'⟧ } });\n`),
      tokenInTest('test/github.test.js', `const token = ⟦'${GITHUB_TOKEN}'⟧;\n`),
      stockDefault('a local container URL', 'src/dev.ts', `const broker = 'amqp://guest:⟦guest⟧@localhost:5672';\nconst db = process.env.DATABASE_URL || 'postgres://shop:⟦shop⟧@db:5432/shop';\n`),
    ],
  },
  yaml: {
    valid: [],
    invalid: [
      stockDefault(
        'stock passwords of official images in compose',
        'docker-compose.yml',
        'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ⟦postgres⟧\n  mq:\n    image: rabbitmq:3\n    environment:\n      RABBITMQ_DEFAULT_PASS: ⟦guest⟧\n  api:\n    environment:\n      DATABASE_URL: postgres://postgres:⟦postgres⟧@db:5432/app\n',
      ),
      guessInTest('docker-compose.test.yml', 'services:\n  api:\n    environment:\n      JWT_SECRET: ⟦a_very_important_secret⟧\n'),
      tokenInTest('test/fixtures/ci.yml', `env:\n  STRIPE_KEY: ⟦${STRIPE_KEY}⟧\n`),
    ],
  },
  dotenv: {
    valid: [],
    invalid: [
      { ...guessInTest('.env.example', 'DB_PASSWORD=⟦tester-pw-1⟧\n'), name: 'a password guessed from its name, in an example' },
      tokenInTest('.env.example', `GITHUB_TOKEN=⟦${GITHUB_TOKEN}⟧\n`),
    ],
  },
  python: {
    valid: [],
    invalid: [
      tokenInTest('tests/conftest.py', `GITHUB_TOKEN = ⟦'${GITHUB_TOKEN}'⟧\n`),
      stockDefault('a local default URL', 'settings.py', `DATABASE_URL = 'postgresql://postgres:⟦postgres⟧@localhost:5432/shop'\n`),
    ],
  },
  go: {
    valid: [],
    invalid: [
      guessInTest('internal/store/store_test.go', `package store\n\nconst dbPassword = ⟦"admin123"⟧\n`),
      stockDefault(
        'local defaults in a URL and DSNs',
        'config/defaults.go',
        'package config\n\nvar dsn = "postgres://postgres:⟦postgres⟧@localhost:5432/app?sslmode=disable"\nvar mysqlDSN = "root:⟦root⟧@tcp(127.0.0.1:3306)/app"\nvar pq = "host=localhost user=postgres password=⟦postgres⟧ dbname=app sslmode=disable"\n',
      ),
    ],
  },
  java: {
    valid: [],
    invalid: [
      guessInTest('src/test/java/com/acme/shop/LoginTest.java', 'class LoginTest {\n  static final String PASSWORD = ⟦"admin123"⟧;\n}\n'),
      stockDefault('a local database URL', 'src/main/java/com/acme/shop/Db.java', 'class Db {\n  static final String LOCAL = "jdbc:postgresql://postgres:⟦postgres⟧@localhost:5432/shop";\n}\n'),
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      guessInTest('spec/models/user_spec.rb', `ADMIN_PASSWORD = ⟦'admin123'⟧\n`),
      guessInTest('db/seeds.rb', `ADMIN_PASSWORD = ⟦'admin123'⟧\n`),
      stockDefault('a local connection default', 'config/initializers/db.rb', `DATABASE_URL = 'postgres://postgres:⟦postgres⟧@localhost:5432/app_dev'\n`),
    ],
  },
  php: {
    valid: [],
    invalid: [tokenInTest('tests/Feature/BillingTest.php', `<?php\n$stripeKey = ⟦'${STRIPE_KEY}'⟧;\n`)],
  },
};
