import type { Examples } from '../../rule';

export const railsConfigExamples: Examples = {
  valid: [
    {
      name: "Rails' generated database.yml",
      path: 'config/database.yml',
      code: `default: &default\n  adapter: postgresql\n  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>\n\ndevelopment:\n  <<: *default\n  database: shop_development\n  host: db.internal\n\nproduction:\n  <<: *default\n  url: <%= ENV["DATABASE_URL"] %>\n`,
    },
    { name: 'a local host on a single box', path: 'config/database.yml', code: `production:\n  adapter: postgresql\n  host: localhost\n` },
    { name: 'cable.yml reads REDIS_URL', path: 'config/cable.yml', code: `production:\n  adapter: redis\n  url: <%= ENV.fetch("REDIS_URL") { "redis://localhost:6379/1" } %>\n` },
    {
      name: "cable.yml's development and test blocks, and a shared default: block (development's base too) on this machine",
      path: 'config/cable.yml',
      code: `default: &default\n  adapter: redis\n  url: redis://localhost:6379/1\n\ndevelopment:\n  adapter: redis\n  url: redis://localhost:6379/1\n\ntest:\n  adapter: test\n`,
    },
    {
      name: 'a shared default: block that only development and test merge (no production block): development config, the compose service included',
      path: 'config/database.yml',
      code: `default: &default\n  adapter: postgresql\n  username: postgres\n  host: db\n\ndevelopment:\n  <<: *default\n  database: shop_dev\n\ntest:\n  <<: *default\n  database: shop_test\n`,
    },
    {
      name: "a default: host that production's block replaces with its own",
      path: 'config/database.yml',
      code: `default: &default\n  adapter: mysql2\n  host: mysql-main.internal\n\ndevelopment:\n  <<: *default\n\nproduction:\n  <<: *default\n  host: <%= ENV["DB_HOST"] %>\n`,
    },
    { name: "storage.yml's other keys: a host is no S3 endpoint", path: 'config/storage.yml', code: `amazon:\n  service: S3\n  host: s3.internal\n` },
    {
      name: "Active Storage on AWS by region, on local disk, and a MinIO endpoint from the environment",
      path: 'config/storage.yml',
      code: `local:\n  service: Disk\n  root: <%= Rails.root.join("storage") %>\n\namazon:\n  service: S3\n  region: eu-central-1\n  bucket: listings\n\nminio:\n  service: S3\n  endpoint: <%= ENV["MINIO_ENDPOINT"] %>\n`,
    },
  ],
  invalid: [
    {
      name: 'a shared default: host that production merges and keeps',
      path: 'config/database.yml',
      code: `default: &default\n  adapter: postgresql\n  host: ⟦pg-main.internal⟧\n\ndevelopment:\n  <<: *default\n\nproduction:\n  <<: *default\n  database: shop\n`,
    },
    {
      name: 'a production database host',
      path: 'config/database.yml',
      code: `production:\n  adapter: postgresql\n  host: ⟦db.internal⟧\n  database: shop\n`,
      messageIncludes: ['host', '<%= ENV.fetch("DB_HOST") %>'],
    },
    { name: 'a Redis URL for Action Cable', path: 'config/cable.yml', code: `production:\n  adapter: redis\n  url: ⟦redis://cache.internal:6379/1⟧\n` },
    {
      name: "loomio's cable.yml: a whole URL written into the production block pins the address even on this machine",
      path: 'config/cable.yml',
      code: `production:\n  adapter: redis\n  url: ⟦redis://localhost:6379/1⟧\n\ndevelopment:\n  adapter: async\n`,
    },
    { name: 'redis.yml: a staging block\'s URL', path: 'config/redis.yml', code: `staging:\n  url: ⟦redis://127.0.0.1:6379/2⟧\n` },
    { name: "Active Storage's S3 service pointed at a MinIO endpoint", path: 'config/storage.yml', code: `minio:\n  service: S3\n  bucket: listings\n  endpoint: ⟦http://minio.listings.internal:9000⟧\n  force_path_style: true\n` },
    { name: 'Mongoid hosts', path: 'config/mongoid.yml', code: `production:\n  clients:\n    default:\n      database: shop\n      hosts:\n        - ⟦mongo-1.internal:27017⟧\n` },
  ],
};
