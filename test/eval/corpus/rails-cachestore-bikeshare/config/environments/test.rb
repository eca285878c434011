Rails.application.configure do
  config.cache_classes = true
  config.eager_load = false
  config.cache_store = :null_store
  config.active_support.deprecation = :stderr
end
