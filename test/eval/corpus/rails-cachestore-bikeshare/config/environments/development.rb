Rails.application.configure do
  config.cache_classes = false
  config.eager_load = false
  config.cache_store = :memory_store # tfl-eval-not: memory-session-store
end
