Rails.application.configure do
  config.enable_reloading = true
  config.cache_store = :memory_store
  config.session_store :cache_store # tfl-eval-not: memory-session-store
  config.logger = ActiveSupport::Logger.new("log/development.log") # tfl-eval-not: file-logger
end
