require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.action_mailbox.ingress = :relay
  config.action_mailbox.ingress_password = "AfcOv5ynVDjBDno" # tfl-eval: hardcoded-credential
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.postmarkapp.com", # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: Rails.application.credentials.dig(:postmark, :token), # tfl-eval-not: hardcoded-credential
    password: Rails.application.credentials.dig(:postmark, :token), # tfl-eval-not: hardcoded-credential
    authentication: :plain
  }
  config.log_level = :info
  config.logger = ActiveSupport::TaggedLogging.logger($stdout)
end
