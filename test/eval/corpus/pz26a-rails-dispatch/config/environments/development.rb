Rails.application.configure do
  config.cache_classes = false
  config.active_storage.service = :local
  if ENV["MAILCATCHER"]
    config.action_mailer.smtp_settings = { address: "127.0.0.1", port: 1025 }
  end
end
