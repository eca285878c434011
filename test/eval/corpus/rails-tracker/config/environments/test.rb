Rails.application.configure do
  config.cache_classes = true
  config.logger = Logger.new("log/test.log")  # tfl-eval-not: file-logger
  config.session_store :cache_store  # tfl-eval-not: memory-session-store
end
