Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE")
  config.force_ssl = true
end
