import type { Examples } from '../../rule';

/** node-config's and Backstage's config files: the app's own runtime config. */
export const appConfigYamlExamples: Examples = {
  valid: [
    {
      name: 'node-config: this machine in default.yml, variable names in custom-environment-variables.yml',
      path: 'config/default.yml',
      code: `db:\n  host: localhost\n  port: 5432\nredis:\n  host: 127.0.0.1\n`,
    },
    { name: 'custom-environment-variables maps settings to variable names', path: 'config/custom-environment-variables.yml', code: `db:\n  host: DB_HOST\nredis:\n  host: REDIS_HOST\n` },
    { name: 'a test deployment is a CI one', path: 'config/test.yml', code: `db:\n  host: ci-postgres.build.internal\n` },
    {
      name: 'Backstage: ${VAR} reads, an integration host, proxy targets, a local override file',
      path: 'app-config.production.yaml',
      code: `backend:\n  database:\n    client: pg\n    connection:\n      host: \${POSTGRES_HOST}\nintegrations:\n  github:\n    - host: github.com\nproxy:\n  endpoints:\n    /grafana/api:\n      target: https://grafana.platform.internal/\n`,
    },
    { name: 'Backstage: app-config.local.yaml is a developer\'s', path: 'app-config.local.yaml', code: `backend:\n  database:\n    client: pg\n    connection:\n      host: pg.shared-dev.internal\n` },
    { name: 'a one-label compose or cluster name', path: 'config/staging.yml', code: `redis:\n  host: orderdesk-redis\n` },
  ],
  invalid: [
    {
      name: 'Backstage: the database host beside client: pg, a Redis cache URL and a search node on a managed cluster',
      path: 'app-config.production.yaml',
      code: `backend:\n  database:\n    client: pg\n    connection:\n      host: ⟦pg-portal.platform.internal⟧\n      port: 5432\n  cache:\n    store: redis\n    connection: ⟦redis://cache-portal.platform.internal:6379⟧\nsearch:\n  elasticsearch:\n    node: ⟦https://vpc-portal-search.eu-west-1.es.amazonaws.com⟧\n`,
      messageIncludes: ['${'],
    },
    {
      name: 'node-config: hosts under db, redis and mail.smtp in production.yml',
      path: 'config/production.yml',
      code: `db:\n  host: ⟦orderdesk-pg.prod.internal⟧\nredis:\n  host: ⟦orderdesk-redis.prod.internal⟧\nmail:\n  smtp:\n    host: ⟦email-smtp.eu-west-1.amazonaws.com⟧\npublicUrl: https://orders.example.org\n`,
      messageIncludes: ['custom-environment-variables'],
    },
  ],
};

export const appConfigJsonExamples: Examples = {
  valid: [
    {
      name: "minio-js' endPoint on this machine, a provider's public S3 endpoint, and a storage path",
      path: 'config/production.json',
      code: `{\n  "minio": { "endPoint": "127.0.0.1", "port": 9000 },\n  "storage": { "endpoint": "s3.eu-west-1.amazonaws.com", "path": "/data/uploads" }\n}\n`,
    },
    { name: 'Feathers: the app\'s own public host and this machine\'s databases', path: 'config/default.json', code: `{\n  "host": "fieldnotes-api.fly.dev",\n  "postgresql": { "client": "pg", "connection": "postgres://postgres:@localhost:5432/fieldnotes" },\n  "mongodb": "mongodb://127.0.0.1:27017/fieldnotes"\n}\n` },
  ],
  invalid: [
    {
      name: "minio-js' `{ endPoint, port }` under `minio`: the deploy's own object store",
      path: 'config/production.json',
      code: `{\n  "minio": { "endPoint": ⟦"minio.prod.internal"⟧, "port": 9000, "useSSL": true }\n}\n`,
    },
    {
      name: 'Feathers: service URLs in production.json',
      path: 'config/production.json',
      code: `{\n  "host": "fieldnotes-api.fly.dev",\n  "postgresql": { "connection": ⟦"postgres://fieldnotes@fieldnotes-db.flycast:5432/fieldnotes"⟧ },\n  "mongodb": ⟦"mongodb+srv://fieldnotes-cluster.x7q2m.mongodb.net/fieldnotes"⟧\n}\n`,
    },
  ],
};
