Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.active_storage.service = :local # tfl-eval: memory-session-store
  config.action_mailer.smtp_settings = { address: ENV.fetch("SMTP_HOST"), port: 587 }
end
