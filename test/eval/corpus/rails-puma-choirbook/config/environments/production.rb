Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] } # tfl-eval-not: memory-session-store
  config.log_level = :info
  config.log_tags = [:request_id]

  config.logger = ActiveSupport::TaggedLogging.new(Logger.new(Rails.root.join("log", "choirbook.log"), 5, 50.megabytes)) # tfl-eval: file-logger
  config.active_record.dump_schema_after_migration = false
end
