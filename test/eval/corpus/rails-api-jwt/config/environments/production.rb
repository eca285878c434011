Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.log_level = :info
  config.cache_store = :redis_cache_store, { url: 'redis://default:9ioSx6BG6iejiMabMTfLtEKs@redis-12345.c1.us-east-1.ec2.cloud.redislabs.com:12345' } # tfl-eval: hardcoded-credential, hardcoded-backing-service
  config.action_mailer.default_url_options = { host: 'api.example.com' }
  config.hosts << 'api.example.com'
end
