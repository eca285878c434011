// Config whose own content says its values guard nothing deployed (held-out batch PB-PE, probes 22p B/E/K, 22c I):
// a compose file of test services outside a test path, a bundled keystore's default password, a committed .env
// that names development, a placeholder word typed twice. Beside each, the look-alike that keeps its severity.
// Values are generated for these examples.
import type { Examples } from '../../rule';

export const testServicesComposeExamples: Examples = {
  valid: [],
  invalid: [
    {
      name: 'a compose file named for a test run (Cypress, e2e, CI): test config, so a guess is information',
      path: '.ci/docker-compose.cypress.yml',
      code: `services:
  server:
    build: .
    depends_on:
      - postgres
    environment:
      DASHBOARDS_SECRET_KEY: ⟦"Kp3vQ8rX2mN7wL5zT9bY4cV1"⟧
`,
      severity: 'info',
    },
    {
      name: 'a compose of test services (network and database named for the tests, nothing depends on another): information',
      path: 'server/build/docker-compose.common.yml',
      code: `services:
  postgres:
    image: "postgres:15"
    networks:
      - chat-test
    environment:
      POSTGRES_DB: chat_test
      POSTGRES_PASSWORD: chattest_password
  minio:
    image: "minio/minio"
    networks:
      - chat-test
    environment:
      MINIO_ROOT_PASSWORD: ⟦miniosecretkey⟧
`,
      severity: 'info',
    },
    {
      name: "the same names in a stack whose app depends on its database: the app's compose, judged as ever",
      path: 'deploy/docker-compose.yml',
      code: `services:
  chat:
    image: acme/chat:9
    depends_on:
      - postgres
  postgres:
    image: "postgres:15"
    environment:
      POSTGRES_DB: chat_test
      POSTGRES_PASSWORD: ⟦f57rkC5WihAnjOkvyUkZu7Ss⟧
`,
      severity: 'warning',
    },
  ],
};

export const bundledKeystoreExamples: Examples = {
  valid: [],
  invalid: [
    {
      name: "a chosen word as the default password of a keystore bundled in the jar (classpath:): information",
      path: 'src/main/resources/application.yml',
      code: `server:
  ssl:
    enabled: "\${SSL_ENABLED:false}"
    credentials:
      keystore:
        store_file: "\${SSL_KEY_STORE:classpath:keystore/keystore.p12}"
        store_password: "\${SSL_KEY_STORE_PASSWORD:⟦iotdemo⟧}"
        key_password: "\${SSL_KEY_PASSWORD:⟦iotdemo⟧}"
`,
      severity: 'info',
    },
    {
      name: 'a random-looking keystore password, and a signing key beside the bundled keystore: errors',
      path: 'src/main/resources/application.yml',
      code: `server:
  ssl:
    key-store: classpath:gateway.p12
    key-store-password: ⟦F8j4jPDAl2xfW0Ff⟧
security:
  jwt:
    tokenSigningKey: "\${JWT_TOKEN_SIGNING_KEY:⟦9RnxVhY95eFL9wPDcfhzBNs4NN9oPkZJ⟧}"
`,
      severity: 'error',
    },
  ],
};

export const developmentDotenvExamples: Examples = {
  valid: [],
  invalid: [
    {
      name: 'a committed .env that names development: its chosen words are local defaults (information), the notice stays',
      path: '.env',
      options: { gitIgnored: false },
      code: `⟦_APP_ENV⟧=development
_APP_DB_HOST=mariadb
_APP_DB_ROOT_PASS=⟦rootsecretpassword⟧
`,
      severity: 'info',
    },
    {
      name: "a CI run's .env.ci (copied to .env before the tests): test config, so a guess is information",
      path: '.env.ci',
      options: { gitIgnored: false },
      code: `APP_ENV=testing
DB_PASSWORD=⟦ZHQpMoYdIbopem6E⟧
`,
      severity: 'info',
    },
    {
      name: 'a random-looking value there keeps its severity',
      path: '.env',
      options: { gitIgnored: false },
      code: `⟦APP_ENV⟧=local
STRIPE_WEBHOOK_SECRET=⟦uEivXyFYsKhHrvOJc0UlzAUXp3Q⟧
`,
    },
  ],
};

export const doubledPlaceholderExamples: Examples = {
  valid: [
    {
      name: "a placeholder word typed twice as a test mailbox's password (beego's app.conf)",
      path: 'conf/app.conf',
      code: `mailuser = test@163.com
mailpassword = testtest
`,
    },
  ],
  invalid: [
    {
      name: 'a chosen word typed twice is no placeholder',
      path: 'conf/app.conf',
      code: `mailuser = orders@acme-shop.com
mailpassword = ⟦adminadmin⟧
`,
    },
  ],
};
