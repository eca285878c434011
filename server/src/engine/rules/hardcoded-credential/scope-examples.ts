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

/** `.twelve-factor.json` `scopes`: `qa/**` is test code, and `tests/contract/**` is taken back as the app. */
const SCOPE_OVERRIDES = { options: { scopes: { test: ['qa/**'], app: ['tests/contract/**'] } } };

/** The config's scopes apply in every language alike: a name guess under `qa/` is information... */
const guessInOverriddenTest = (path: string, code: string): InvalidExample => ({
  ...guessInTest(path, code),
  name: 'a guess from the name, in a folder the config calls test',
  ...SCOPE_OVERRIDES,
});

/** ...and one in a conventional test folder that the config takes back as the app is an error. */
const guessInOverriddenApp = (path: string, code: string): InvalidExample => ({
  name: 'a guess from the name, in a test folder the config takes back as the app',
  path,
  code,
  severity: 'error',
  confidence: 'name-only',
  ...SCOPE_OVERRIDES,
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
      guessInOverriddenTest('qa/login.js', `const adminPassword = ⟦'qa-Admin-2291'⟧;\n`),
      guessInOverriddenApp('tests/contract/settings.ts', `export const adminPassword = ⟦'qa-Admin-2291'⟧;\n`),
      stockDefault('a local container URL', 'src/dev.ts', `const broker = 'amqp://guest:⟦guest⟧@localhost:5672';\nconst db = process.env.DATABASE_URL || 'postgres://shop:⟦shop⟧@db:5432/shop';\n`),
    ],
  },
  yaml: {
    valid: [
      {
        name: "translations in a locale folder: a language's file and an i18next namespace keep the locale scope",
        path: 'config/locales/en.yml',
        code: 'en:\n  login:\n    password: "Password"\n    secret_question: "Your secret question"\n',
      },
    ],
    invalid: [
      {
        name: "the app's own config kept in a locale folder (viper's AddConfigPath(\"./config/locales\")): config, not translations",
        path: 'config/locales/config.yaml',
        code: 'redis:\n  redisPassword: ⟦482913⟧\nencryptSecret:\n  jwtSecret: ⟦"Qm7rT2vX9kLp4Wz8"⟧\n',
      },
      stockDefault(
        'stock passwords of official images in compose',
        'docker-compose.yml',
        'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ⟦postgres⟧\n  mq:\n    image: rabbitmq:3\n    environment:\n      RABBITMQ_DEFAULT_PASS: ⟦guest⟧\n  api:\n    environment:\n      DATABASE_URL: postgres://postgres:⟦postgres⟧@db:5432/app\n',
      ),
      guessInTest('docker-compose.test.yml', 'services:\n  api:\n    environment:\n      JWT_SECRET: ⟦a_very_important_secret⟧\n'),
      tokenInTest('test/fixtures/ci.yml', `env:\n  STRIPE_KEY: ⟦${STRIPE_KEY}⟧\n`),
      guessInOverriddenTest('qa/compose.yml', 'services:\n  api:\n    environment:\n      ADMIN_PASSWORD: ⟦qa-Admin-2291⟧\n'),
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
      guessInTest('mysite/settings/test.py', `SECRET_KEY = ⟦'django-tests-only-key-please'⟧\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'PASSWORD': ⟦'unused-pw'⟧}}\n`),
      guessInTest('conftest.py', `@pytest.fixture\ndef user(db):\n    return User.objects.create_user('alice', password=⟦'alice-Pass-1'⟧)\n`),
      guessInTest('shop/tests/test_views.py', `def test_login(client):\n    client.login(username='bob', password=⟦'s3cret!'⟧)\n`),
      guessInTest('scripts/seed_demo.py', `db.add(User(email='demo@notes.app', password=⟦'Demo-Notes-2024'⟧))\n`),
      guessInTest('shop/tests/test_pins.py', `def test_pin(client):\n    client.post('/pin', {'password': ⟦6742530⟧})\n`),
      guessInOverriddenTest('qa/smoke_login.py', `ADMIN_PASSWORD = ⟦'qa-Admin-2291'⟧\n`),
      guessInOverriddenApp('tests/contract/settings.py', `ADMIN_PASSWORD = ⟦'qa-Admin-2291'⟧\n`),
      stockDefault('a local default URL', 'settings.py', `DATABASE_URL = 'postgresql://postgres:⟦postgres⟧@localhost:5432/shop'\n`),
    ],
  },
  go: {
    valid: [],
    invalid: [
      guessInTest('functional_tests.go', `package main\n\nconst dbPassword = ⟦"kq8-Rf2-zz"⟧\n`),
      guessInTest('slacktest/server.go', `package slacktest\n\nconst botPassword = ⟦"kq8-Rf2-zz"⟧\n`),
      guessInTest('internal/store/store_test.go', `package store\n\nconst dbPassword = ⟦"admin123"⟧\n`),
      guessInTest('auth/auth_test.go', `package auth\n\nimport "testing"\n\nfunc TestLogin(t *testing.T) {\n\tt.Setenv("JWT_SECRET", ⟦"k9-Xq2-zzTop"⟧)\n\tuser := User{Password: "test-password"}\n\t_ = user\n}\n`),
      guessInOverriddenTest('qa/smoke/login.go', `package smoke\n\nconst adminPassword = ⟦"qa-Admin-2291"⟧\n`),
      guessInOverriddenApp('tests/contract/config.go', `package contract\n\nconst adminPassword = ⟦"qa-Admin-2291"⟧\n`),
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
      guessInOverriddenTest('qa/src/LoginSmoke.java', 'class LoginSmoke {\n  static final String PASSWORD = ⟦"qa-Admin-2291"⟧;\n}\n'),
      guessInOverriddenApp('tests/contract/Settings.java', 'class Settings {\n  static final String PASSWORD = ⟦"qa-Admin-2291"⟧;\n}\n'),
      stockDefault('a local database URL', 'src/main/java/com/acme/shop/Db.java', 'class Db {\n  static final String LOCAL = "jdbc:postgresql://postgres:⟦postgres⟧@localhost:5432/shop";\n}\n'),
    ],
  },
  kotlin: {
    valid: [],
    invalid: [
      guessInTest('src/test/kotlin/com/acme/shop/LoginTest.kt', 'class LoginTest {\n    val password = ⟦"admin123"⟧\n}\n'),
      tokenInTest('src/test/kotlin/com/acme/shop/GithubTest.kt', `class GithubTest {\n    val token = ⟦"${GITHUB_TOKEN}"⟧\n}\n`),
      guessInOverriddenTest('qa/LoginSmoke.kt', 'object LoginSmoke {\n    const val PASSWORD = ⟦"qa-Admin-2291"⟧\n}\n'),
      guessInOverriddenApp('tests/contract/Settings.kt', 'object Settings {\n    const val PASSWORD = ⟦"qa-Admin-2291"⟧\n}\n'),
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      guessInTest('spec/models/user_spec.rb', `ADMIN_PASSWORD = ⟦'admin123'⟧\n`),
      guessInTest('db/seeds.rb', `ADMIN_PASSWORD = ⟦'admin123'⟧\n`),
      guessInOverriddenTest('qa/smoke.rb', `ADMIN_PASSWORD = ⟦'qa-Admin-2291'⟧\n`),
      guessInOverriddenApp('tests/contract/settings.rb', `ADMIN_PASSWORD = ⟦'qa-Admin-2291'⟧\n`),
      stockDefault('a local connection default', 'config/initializers/db.rb', `DATABASE_URL = 'postgres://postgres:⟦postgres⟧@localhost:5432/app_dev'\n`),
    ],
  },
  php: {
    valid: [],
    invalid: [
      tokenInTest('tests/Feature/BillingTest.php', `<?php\n$stripeKey = ⟦'${STRIPE_KEY}'⟧;\n`),
      guessInTest(
        'tests/Feature/AuthTest.php',
        `<?php\n\n$this->post('/login', ['email' => 'a@b.test', 'password' => ⟦'wrong-horse-9'⟧]);\n$user = User::factory()->create(['password' => bcrypt('password')]);\n`,
      ),
      guessInTest('src/DataFixtures/UserFixtures.php', `<?php\n$admin = ['email' => 'root@shop.dev', 'password' => ⟦'R00t-Shop!'⟧];\n`),
      guessInTest('database/seeders/UserSeeder.php', `<?php\nUser::create(['email' => 'admin@crm.test', 'password' => ⟦6742530⟧]);\n`),
      guessInOverriddenTest('qa/LoginSmoke.php', `<?php\n$adminPassword = ⟦'qa-Admin-2291'⟧;\n`),
      guessInOverriddenApp('tests/contract/settings.php', `<?php\n$adminPassword = ⟦'qa-Admin-2291'⟧;\n`),
    ],
  },
};
