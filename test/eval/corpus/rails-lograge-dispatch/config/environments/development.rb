Rails.application.configure do
  config.enable_reloading = true
  config.lograge.enabled = true
  config.lograge.logger = ActiveSupport::Logger.new(Rails.root.join("log", "lograge_development.log")) # tfl-eval-not: file-logger
  config.cache_store = :memory_store
end
