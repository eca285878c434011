Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.active_storage.service = :minio
  config.logger = ActiveSupport::TaggedLogging.logger($stdout)
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
end
