Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.active_storage.service = :amazon
  config.log_level = :info
  config.log_tags = [:request_id]
  if ENV["RAILS_LOG_TO_STDOUT"].present?
    logger           = ActiveSupport::Logger.new(STDOUT)
    logger.formatter = config.log_formatter
    config.logger    = ActiveSupport::TaggedLogging.new(logger)
  end
  config.cache_store = :mem_cache_store, "memcached-1.gallery.internal" # tfl-eval: hardcoded-backing-service
end
