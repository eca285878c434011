import type { Examples } from '../../rule';
import { composeExamples } from './compose-examples';

const databaseYml: Examples = {
  valid: [
    {
      name: 'PostgreSQL everywhere',
      path: 'config/database.yml',
      code: `default: &default\n  adapter: postgresql\n  pool: 5\ndevelopment:\n  <<: *default\n  database: shop_dev\nproduction:\n  <<: *default\n  url: <%= ENV["DATABASE_URL"] %>\n`,
    },
    { name: 'not a database.yml', path: 'config/storage.yml', code: `development:\n  adapter: sqlite3\nproduction:\n  adapter: postgresql\n` },
    { name: 'production kind unknown', path: 'config/database.yml', code: `development:\n  adapter: sqlite3\nproduction:\n  url: <%= ENV["DATABASE_URL"] %>\n` },
  ],
  invalid: [
    {
      name: 'Rails: SQLite in development, PostgreSQL in production',
      path: 'config/database.yml',
      code: `default: &default\n  adapter: ⟦sqlite3⟧\n  pool: 5\ndevelopment:\n  <<: *default\n  database: db/development.sqlite3\nproduction:\n  adapter: postgresql\n  url: <%= ENV["DATABASE_URL"] %>\n`,
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
