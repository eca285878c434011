Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.cache_store = :memory_store, { size: 128.megabytes }
  config.session_store :cache_store, key: "_helpdesk_session"  # tfl-eval: memory-session-store
  config.log_level = :info
  config.logger = ActiveSupport::Logger.new(STDOUT)  # tfl-eval-not: file-logger
end
