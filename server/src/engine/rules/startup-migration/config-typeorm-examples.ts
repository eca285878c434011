import type { Examples } from '../../rule';

export const typeormJsonExamples: Examples = {
  valid: [
    {
      name: 'synchronize off, and a test connection that builds its in-memory schema',
      path: 'ormconfig.json',
      code: '[\n  { "name": "default", "type": "postgres", "synchronize": false },\n  { "name": "test", "type": "sqlite", "database": ":memory:", "synchronize": true, "dropSchema": true }\n]\n',
    },
    { name: 'a value the environment decides', path: 'ormconfig.json', code: '{ "type": "mysql", "synchronize": "${TYPEORM_SYNCHRONIZE}" }\n' },
    { name: 'another file with a synchronize key', path: 'config/sync.json', code: '{ "synchronize": true }\n' },
  ],
  invalid: [
    {
      name: "TypeORM 0.2's ormconfig.json, one connection or an array of them",
      path: 'ormconfig.json',
      code: '[\n  { "name": "default", "type": "mysql", "synchronize": ⟦true⟧ },\n  { "name": "reports", "type": "mysql", "migrationsRun": ⟦true⟧ }\n]\n',
      messageIncludes: ['every time the app connects', 'set it to false'],
    },
  ],
};

export const typeormYamlExamples: Examples = {
  valid: [{ name: 'a test connection by its name', path: 'ormconfig.yml', code: 'default:\n  type: postgres\n  synchronize: false\ntest:\n  type: postgres\n  synchronize: true\n' }],
  invalid: [
    {
      name: "ormconfig.yml's connections by name",
      path: 'ormconfig.yml',
      code: 'default:\n  type: postgres\n  migrationsRun: ⟦true⟧\nanalytics:\n  type: mysql\n  dropSchema: ⟦true⟧\n',
    },
  ],
};
