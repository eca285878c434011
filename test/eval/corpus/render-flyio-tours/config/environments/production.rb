Rails.application.configure do
  config.eager_load = true
  config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new($stdout)) # tfl-eval-not: file-logger
  config.cache_store = :solid_cache_store
end
