require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true

  config.cache_store = :memory_store, { size: 64.megabytes } # tfl-eval: memory-session-store

  config.logger = ActiveSupport::Logger.new(STDOUT) # tfl-eval-not: file-logger
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.active_record.dump_schema_after_migration = false
end
