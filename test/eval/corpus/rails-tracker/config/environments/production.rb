require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true

  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.log_tags = [ :request_id ]

  if ENV["RAILS_LOG_TO_STDOUT"].present?
    logger           = ActiveSupport::Logger.new(STDOUT)  # tfl-eval-not: file-logger
    logger.formatter = config.log_formatter
    config.logger    = ActiveSupport::TaggedLogging.new(logger)
  else
    config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new("log/production.log", 5, 50.megabytes))  # tfl-eval: file-logger
  end

  config.cache_store = :mem_cache_store, ENV["MEMCACHE_SERVERS"]
  config.active_record.dump_schema_after_migration = false
end
