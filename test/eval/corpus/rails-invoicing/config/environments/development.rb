Rails.application.configure do
  config.cache_store = :memory_store
  config.session_store :cache_store, key: "_invoicing_session" # tfl-eval-not: memory-session-store
  config.logger = ActiveSupport::Logger.new("log/development.log") # tfl-eval-not: file-logger
end
