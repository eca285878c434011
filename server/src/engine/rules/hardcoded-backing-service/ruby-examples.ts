import type { Examples } from '../../rule';

export const rubyExamples: Examples = {
  valid: [
    {
      name: "Aws::S3::Client at AWS itself, and an endpoint from the environment",
      path: 'config/initializers/exports.rb',
      code: 'EXPORTS = Aws::S3::Client.new(region: ENV.fetch("AWS_REGION"))\nARCHIVE = Aws::S3::Client.new(endpoint: ENV.fetch("ARCHIVE_S3_ENDPOINT"), region: "us-east-1")\n',
    },
    {
      name: "Rails' Memcached store with its servers from the environment",
      path: 'config/environments/production.rb',
      code: `Rails.application.configure do\n  config.cache_store = :mem_cache_store, ENV.fetch("MEMCACHE_SERVERS").split(",")\n  config.cache_store = :memory_store, { size: 64.megabytes }\nend\n`,
    },
    { name: 'the URL from the environment', path: 'config/initializers/redis.rb', code: `REDIS = Redis.new(url: ENV.fetch("REDIS_URL"))\n` },
    { name: 'a host from ENV[]', path: 'app/services/search.rb', code: `client = Elasticsearch::Client.new(host: ENV['ELASTICSEARCH_HOST'])\n` },
    { name: 'a spec', path: 'spec/support/redis.rb', code: `$redis = Redis.new(host: "10.0.3.7")\n` },
    { name: 'a delivery method other than SMTP, and an address that is not a mail host', path: 'config/environment.rb', code: `Mail.defaults do\n  delivery_method :sendmail, location: "/usr/sbin/sendmail"\nend\nlink_to "Map", map_path(address: "1 Main St")\n` },
    { name: "Rails' development environment", path: 'config/environments/development.rb', code: `config.action_mailer.smtp_settings = { address: "mailcatcher.internal", port: 1025 }\n` },
    {
      name: 'a password in the URL belongs to hardcoded-credential',
      path: 'config/initializers/sequel.rb',
      code: `DB = Sequel.connect("postgres://shop:2cucZ7acv9020A7x@db.internal/shop")\n`,
    },
    { name: 'a scheme check', path: 'lib/url_check.rb', code: `tls = url.start_with?("rediss://cache")\n` },
    { name: 'an HTTP host', path: 'app/services/github.rb', code: `conn = Faraday.new(url: "https://api.github.com", headers: { host: "api.github.com" })\n` },
    { name: 'a Faraday client to an HTTP API is no search node', path: 'app/services/api.rb', code: `Faraday.new(url: "http://inventory.internal")\n` },
  ],
  invalid: [
    {
      name: 'Aws::S3::Client on a MinIO endpoint, and a Meilisearch node',
      path: 'config/initializers/exports.rb',
      code: 'EXPORTS = Aws::S3::Client.new(endpoint: ⟦"http://minio.listings.internal:9000"⟧, region: "us-east-1", force_path_style: true)\nSEARCH = MeiliSearch::Client.new(⟦"http://meili.listings.internal:7700"⟧, ENV.fetch("MEILI_KEY"))\n',
      messageIncludes: ['Factor IV'],
    },
    {
      name: "Rails' Memcached store with a server written in",
      path: 'config/environments/production.rb',
      code: `Rails.application.configure do\n  config.cache_store = :mem_cache_store, ⟦"memcached-1.gallery.internal"⟧, ⟦"memcached-2.gallery.internal:11211"⟧\nend\n`,
      messageIncludes: ['Factor IV'],
    },
    {
      name: 'redis-rb host',
      path: 'config/initializers/redis.rb',
      code: `REDIS = Redis.new(host: ⟦"10.0.3.7"⟧, port: 6379)\n`,
      messageIncludes: ['Redis host', 'ENV.fetch("REDIS_HOST")'],
      fix: { kind: 'move-to-env', envName: 'REDIS_HOST', value: '10.0.3.7' },
    },
    { name: 'Mongo client URL', path: 'config/initializers/mongo.rb', code: `client = Mongo::Client.new(⟦'mongodb://mongo.internal:27017/shop'⟧)\n`, fix: { envName: 'MONGODB_URL' } },
    { name: 'Mongo seed list', path: 'config/initializers/mongo.rb', code: `client = Mongo::Client.new([⟦'mongo-1.internal:27017'⟧], database: 'shop')\n` },
    { name: 'PG.connect host', path: 'lib/db.rb', code: `conn = PG.connect(host: ⟦'db.internal'⟧, dbname: 'shop')\n`, fix: { envName: 'DB_HOST' } },
    { name: 'PG.connect with a libpq DSN', path: 'lib/db.rb', code: `conn = PG.connect(⟦"host=db.internal dbname=shop user=shop"⟧)\n` },
    { name: 'Sequel URL', path: 'config/db.rb', code: `DB = Sequel.connect(⟦'postgres://db.internal/shop'⟧)\n`, fix: { envName: 'DATABASE_URL' } },
    { name: 'Bunny host', path: 'lib/queue.rb', code: `conn = Bunny.new(host: ⟦"rabbit.internal"⟧, vhost: "/")\n`, messageIncludes: ['RabbitMQ host'] },
    { name: 'Dalli server', path: 'config/initializers/cache.rb', code: `CACHE = Dalli::Client.new(⟦"memcached.internal:11211"⟧)\n` },
    {
      name: 'ActionMailer SMTP address',
      path: 'config/environments/production.rb',
      code: `Rails.application.configure do\n  config.action_mailer.smtp_settings = { address: ⟦"smtp.mailgun.org"⟧, port: 587 }\nend\n`,
      fix: { envName: 'SMTP_HOST' },
    },
    {
      name: "the mail gem's delivery_method :smtp address, and Pony's via_options",
      path: 'config/environment.rb',
      code: `Mail.defaults do\n  delivery_method :smtp, address: ⟦"smtp.mailgun.org"⟧, port: 587\nend\nPony.options = { via: :smtp, via_options: { address: ⟦"smtp.sendgrid.net"⟧, port: "587" } }\n`,
      messageIncludes: ['SMTP host'],
    },
    {
      name: 'a localhost default of ENV.fetch is information',
      path: 'config/initializers/sidekiq.rb',
      code: `Sidekiq.configure_server { |config| config.redis = { url: ENV.fetch("REDIS_URL") { ⟦"redis://localhost:6379/1"⟧ } } }\n`,
      severity: 'info',
      messageIncludes: ['fallback of REDIS_URL'],
    },
    {
      name: 'a host default of ENV.fetch is information',
      path: 'lib/queue.rb',
      code: `conn = Bunny.new(host: ENV.fetch("AMQP_HOST", ⟦"127.0.0.1"⟧))\n`,
      severity: 'info',
      messageIncludes: ['fallback of AMQP_HOST'],
    },
    {
      name: 'a remote default after || stays a warning',
      path: 'config/initializers/redis.rb',
      code: `REDIS = Redis.new(url: ENV["REDIS_URL"] || ⟦"redis://cache.prod.internal:6379"⟧)\n`,
      severity: 'warning',
    },
    {
      name: 'an Elasticsearch client with url: and hosts:',
      path: 'app/services/search.rb',
      code: `client = Elasticsearch::Client.new(url: ⟦"http://es-prod-01.internal:9200"⟧)\nother = Elasticsearch::Client.new(hosts: [⟦"https://es2.internal:9200"⟧])\n`,
    },
  ],
};
