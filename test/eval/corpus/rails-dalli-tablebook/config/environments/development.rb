Rails.application.configure do
  config.cache_classes = false
  config.eager_load = false
  config.consider_all_requests_local = true
  config.cache_store = :memory_store # tfl-eval-not: memory-session-store
  config.active_record.migration_error = :page_load
end
