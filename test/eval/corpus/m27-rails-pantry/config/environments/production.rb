Rails.application.configure do
  config.cache_store = :redis_cache_store, { url: ENV.fetch("REDIS_URL") }
  config.action_mailer.smtp_settings = { address: "smtp.pantry-mail.internal", port: 587 } # tfl-eval: hardcoded-backing-service
end
