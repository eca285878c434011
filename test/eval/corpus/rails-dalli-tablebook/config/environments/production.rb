require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?
  config.force_ssl = true

  config.log_level = :info
  config.log_tags = [:request_id]
  # One log file per host, shipped by the ops team's agent.
  config.paths["log"] = "/var/log/tablebook/#{Rails.env}.log" # tfl-eval: file-logger

  # Sessions and fragments live in the cache store: a memory store inside each puma worker.
  config.cache_store = :memory_store, { size: 64.megabytes } # tfl-eval: memory-session-store

  config.active_record.dump_schema_after_migration = false
  config.i18n.fallbacks = true
end
