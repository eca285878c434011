require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true

  config.logger = ActiveSupport::Logger.new(STDOUT) # tfl-eval-not: file-logger
    .tap  { |logger| logger.formatter = ::Logger::Formatter.new }
    .then { |logger| ActiveSupport::TaggedLogging.new(logger) }
  config.log_tags = [:request_id]
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")

  # One JSON line per request, shipped by the VM's filebeat from its own file.
  config.lograge.enabled = true
  config.lograge.formatter = Lograge::Formatters::Json.new
  config.lograge.logger = ActiveSupport::Logger.new(Rails.root.join("log", "lograge_#{Rails.env}.log")) # tfl-eval: file-logger

  config.session_store :cookie_store, key: "_dispatch_session", secure: true # tfl-eval-not: memory-session-store
  config.cache_store = :redis_cache_store, { url: ENV.fetch("REDIS_URL") } # tfl-eval-not: hardcoded-backing-service,memory-session-store

  config.active_record.dump_schema_after_migration = false
end
