require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.active_storage.service = :amazon
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "email-smtp.us-east-1.amazonaws.com", # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: "AKIAJ4O5G3RG56JMVQDB", # tfl-eval: hardcoded-credential
    password: "BeibRfiCM1QiNJBHCYljR+CzB0hynekAakyO9CrZd", # tfl-eval: hardcoded-credential
    authentication: :login,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "billing.example.com" }

  config.x.webhooks.signing_secret = "02e39b82c725a2dcdc95cb119eb87c7196220f925be9f33b4f9e036b1b4ee4ca" # tfl-eval: hardcoded-credential
  config.i18n.fallbacks = true
end
