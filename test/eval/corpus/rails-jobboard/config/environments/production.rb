Rails.application.configure do
  config.eager_load = true
  config.cache_classes = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]
  config.logger = ActiveSupport::Logger.new("log/production.log", 5, 50.megabytes) # tfl-eval: file-logger
  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"], namespace: "cache" }
  config.active_job.queue_adapter = :sidekiq
  config.active_storage.service = :amazon
  config.action_cable.url = "wss://jobs.example.com/cable"
end
