require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.logger = ActiveSupport::Logger.new("log/production.log", 5, 50.megabytes) # tfl-eval: file-logger
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.cache_store = :memory_store, { size: 64.megabytes }
  config.session_store :cache_store, key: "_boards_session" # tfl-eval: memory-session-store
  config.active_record.dump_schema_after_migration = false
end
