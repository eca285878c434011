import type { Examples } from '../../rule';
import { composeExamples } from './compose-examples';

const databaseYml: Examples = {
  valid: [
    {
      name: 'PostgreSQL everywhere',
      path: 'config/database.yml',
      code: `default: &default\n  adapter: postgresql\n  pool: 5\ndevelopment:\n  <<: *default\n  database: shop_dev\nproduction:\n  <<: *default\n  url: <%= ENV["DATABASE_URL"] %>\n`,
    },
    {
      name: "Phinx's phinx.yml: MySQL in every environment, its scalar settings beside the blocks",
      path: 'phinx.yml',
      code: `environments:\n  default_migration_table: phinxlog\n  default_environment: development\n  production:\n    adapter: mysql\n    host: '%%PHINX_DBHOST%%'\n  development:\n    adapter: mysql\n    host: 127.0.0.1\n`,
    },
    { name: 'not a database.yml', path: 'config/storage.yml', code: `development:\n  adapter: sqlite3\nproduction:\n  adapter: postgresql\n` },
    {
      name: "template blocks for other adapters, anchored and left unused (the generator's alternatives kept beside the one in use): no environment",
      path: 'config/database.yml',
      code: `default-sqlite3: &default-sqlite3\n  adapter: sqlite3\n  timeout: 5000\ndefault: &default\n  adapter: mysql2\n  encoding: utf8\ndefault_pg: &default_pg\n  adapter: postgresql\ndevelopment:\n  <<: *default\n  database: app_development\nproduction:\n  <<: *default\n  database: app_production\n`,
    },
    { name: 'production kind unknown', path: 'config/database.yml', code: `development:\n  adapter: sqlite3\nproduction:\n  url: <%= ENV["DATABASE_URL"] %>\n` },
    {
      name: "an adapter each deploy picks (Huginn's DATABASE_ADAPTER, with a fallback): production's kind is not the file's",
      path: 'config/database.yml',
      code: `default: &default\n  adapter: <%= ENV["DATABASE_ADAPTER"].presence || "postgresql" %>\ndevelopment:\n  adapter: sqlite3\nproduction:\n  <<: *default\n`,
    },
  ],
  invalid: [
    {
      name: "Phinx's phinx.yml: the same environment blocks under `environments:` (MySQL in production, SQLite and PostgreSQL elsewhere)",
      path: 'phinx.yml',
      code: `paths:\n  migrations: db/migrations\nenvironments:\n  default_environment: development\n  production:\n    adapter: mysql\n    name: notes\n  development:\n    adapter: ⟦sqlite⟧\n    name: ./db/notes_dev\n  testing:\n    adapter: ⟦pgsql⟧\n    name: notes_test\n`,
      messageIncludes: ['uses', 'while production uses MySQL'],
    },
    {
      name: 'Rails: SQLite in development, PostgreSQL in production',
      path: 'config/database.yml',
      code: `default: &default\n  adapter: ⟦sqlite3⟧\n  pool: 5\ndevelopment:\n  <<: *default\n  database: db/development.sqlite3\nproduction:\n  adapter: postgresql\n  url: <%= ENV["DATABASE_URL"] %>\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: 'production anchored and merged into staging is still an environment',
      path: 'config/database.yml',
      code: `development:\n  adapter: ⟦sqlite3⟧\nproduction: &production\n  adapter: postgresql\nstaging:\n  <<: *production\n  database: app_staging\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: 'each environment merges its own anchored block: the adapter is the one its alias names',
      path: 'config/database.yml',
      code: `sqlite: &sqlite\n  adapter: ⟦sqlite3⟧\npostgres: &postgres\n  adapter: postgresql\ndevelopment:\n  <<: *sqlite\n  database: db/development.sqlite3\nproduction:\n  <<: *postgres\n  database: app_production\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: 'the test environment diverging is information',
      path: 'config/database.yml',
      code: `test:\n  adapter: ⟦sqlite3⟧\n  database: ":memory:"\nproduction:\n  adapter: mysql2\n`,
      severity: 'info',
    },
  ],
};

/** Spring's application.yml: one document per profile, compared as database.yml's environments are. */
export const springProfileExamples: Examples = {
  valid: [
    {
      name: 'PostgreSQL in every profile (Testcontainers in test); production from the environment',
      path: 'src/main/resources/application.yml',
      code: `spring:\n  config:\n    activate:\n      on-profile: local\n  datasource:\n    url: jdbc:postgresql://localhost:5432/payroll\n---\nspring:\n  config:\n    activate:\n      on-profile: test\n  datasource:\n    url: jdbc:tc:postgresql:16:///payroll\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/payroll\n`,
    },
    {
      name: 'H2 with no production profile in the file; flat dotted keys of the same kind',
      path: 'src/main/resources/application.yaml',
      code: `spring.config.activate.on-profile: dev\nspring.datasource.url: jdbc:postgresql://localhost/app\n---\nspring.config.activate.on-profile: prod\nspring.datasource.url: jdbc:postgresql://db/app\n`,
    },
    {
      name: 'H2 with no production profile in the file',
      path: 'src/main/resources/application.yml',
      code: `spring:\n  datasource:\n    url: jdbc:h2:mem:demo\n`,
    },
  ],
  invalid: [
    {
      name: 'H2 in the dev profile, PostgreSQL in prod; Boot 2 spring.profiles for a test profile (information)',
      path: 'src/main/resources/application.yml',
      code: `spring:\n  config:\n    activate:\n      on-profile: dev\n  datasource:\n    url: ⟦jdbc:h2:mem:clinic⟧\n---\nspring:\n  profiles: test\n  datasource:\n    url: ⟦jdbc:hsqldb:mem:clinic⟧\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n  datasource:\n    url: jdbc:postgresql://\${DB_HOST}:5432/clinic\n`,
      messageIncludes: ['uses an embedded Java database while production uses PostgreSQL'],
    },
    {
      name: 'the same with one dotted key per property',
      path: 'src/main/resources/application.yaml',
      code: `spring.config.activate.on-profile: dev\nspring.datasource.url: ⟦jdbc:h2:file:./data/app⟧\n---\nspring.config.activate.on-profile: prod\nspring.datasource.url: jdbc:mysql://db/app\n`,
    },
  ],
};

const json: Examples = {
  valid: [
    {
      name: 'postgres everywhere',
      path: 'config/config.json',
      code: `{\n  "development": { "dialect": "postgres", "host": "127.0.0.1" },\n  "production": { "use_env_variable": "DATABASE_URL", "dialect": "postgres" }\n}\n`,
    },
    { name: 'another JSON file', path: 'fixtures/config.json', code: `{ "development": { "dialect": "sqlite" }, "production": { "dialect": "postgres" } }\n` },
  ],
  invalid: [
    {
      name: 'Sequelize: sqlite in development',
      path: 'config/config.json',
      code: `{\n  "development": { "dialect": ⟦"sqlite"⟧, "storage": "./dev.sqlite" },\n  "production": { "use_env_variable": "DATABASE_URL", "dialect": "postgres" }\n}\n`,
    },
  ],
};

const yaml: Examples = {
  valid: [...databaseYml.valid, ...composeExamples.valid],
  invalid: [...databaseYml.invalid, ...composeExamples.invalid],
};

export const configExamples = { yaml, json };
