import type { Examples } from '../../rule';

/** TypeORM's ormconfig.json and Sequelize's config/config.json. */
export const ormJsonExamples: Examples = {
  invalid: [
    {
      name: "TypeORM's ormconfig.json on a remote host",
      path: 'ormconfig.json',
      code: `{\n  "type": "postgres",\n  "host": ⟦"carts-db.prod.internal"⟧,\n  "port": 5432\n}\n`,
      messageIncludes: ['Factor IV', 'PostgreSQL'],
    },
    {
      name: "Sequelize's production block on a remote host (development on this machine stays silent)",
      path: 'config/config.json',
      code: `{\n  "development": { "dialect": "mysql", "host": "127.0.0.1" },\n  "test": { "dialect": "mysql", "host": "db.test.internal" },\n  "production": { "dialect": "mysql", "host": ⟦"blog-db.cluster-cx1.eu-west-1.rds.amazonaws.com"⟧ }\n}\n`,
    },
  ],
  valid: [
    {
      name: 'TypeORM on this machine, an array of connections from the environment; a JSON file with a host that is no ORM config',
      path: 'ormconfig.json',
      code: `[\n  { "name": "default", "type": "postgres", "host": "localhost" },\n  { "name": "reports", "type": "mysql", "url": "\${REPORTS_URL}" }\n]\n`,
    },
    { name: 'a mail block in config/config.json', path: 'config/config.json', code: `{ "mail": { "host": "smtp.postmarkapp.com", "port": 587 } }\n` },
  ],
};
