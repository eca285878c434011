require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false

  # Log to STDOUT by default
  config.logger = ActiveSupport::Logger.new(STDOUT) # tfl-eval-not: file-logger
    .tap  { |logger| logger.formatter = ::Logger::Formatter.new }
    .then { |logger| ActiveSupport::TaggedLogging.new(logger) }

  config.log_tags = [ :request_id ]
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")

  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] }
  config.session_store :cache_store, key: "_kitchen_session" # tfl-eval-not: memory-session-store
  config.active_record.dump_schema_after_migration = false
end
