require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = false
  config.eager_load = false
  config.consider_all_requests_local = true

  # Mails go to the MailHog container started by bin/dev.
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = { address: "localhost", port: 1025 }
  config.action_mailer.default_url_options = { host: "localhost", port: 3000 }

  config.active_storage.service = :local
  config.active_support.deprecation = :log
end
