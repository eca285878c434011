require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.force_ssl = true
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: ENV.fetch("SMTP_ADDRESS"),
    port: 587,
    user_name: ENV.fetch("SMTP_USERNAME"),
    password: ENV.fetch("SMTP_PASSWORD"), # tfl-eval-not: hardcoded-credential
    authentication: :plain
  }
  config.active_record.encryption.primary_key = Rails.application.credentials.dig(:active_record_encryption, :primary_key) # tfl-eval-not: hardcoded-credential
end
