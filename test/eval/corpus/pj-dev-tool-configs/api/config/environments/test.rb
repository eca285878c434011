Rails.application.configure do
  config.cache_store = :redis_cache_store, { url: "redis://localhost:6379/15" }
  config.action_mailer.smtp_settings = { address: "127.0.0.1", port: 1025 }
  config.active_job.queue_adapter = :test
end
