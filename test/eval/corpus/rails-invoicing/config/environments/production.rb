require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.cache_store = :memory_store, { size: 64.megabytes }
  config.session_store :cache_store, key: "_invoicing_session" # tfl-eval: memory-session-store
  config.logger = ActiveSupport::Logger.new("log/production.log") # tfl-eval: file-logger
  config.lograge.enabled = true
  config.action_mailer.smtp_settings = {
    address: ENV.fetch("SMTP_ADDRESS", "smtp.postmarkapp.com"), # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: ENV["SMTP_USERNAME"],
    password: ENV["SMTP_PASSWORD"],
  }
end
