Portal::Application.configure do
  config.cache_classes = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "email-smtp.eu-west-1.amazonaws.com", # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: "AKIAZDKSINUMPPP5DLEJ", # tfl-eval: hardcoded-credential
    password: "BQsXErgGwebFqQR219Tc2NaC7gn1LHNJWOYIIux1lH0G", # tfl-eval: hardcoded-credential
    authentication: :login
  }
  config.paperclip_defaults = {
    storage: :s3,
    s3_credentials: {
      bucket: "portal-attachments",
      access_key_id: "AKIAF7CME2RW3U5AU7JN", # tfl-eval: hardcoded-credential
      secret_access_key: "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" # tfl-eval: hardcoded-credential
    }
  }
  config.middleware.use ExceptionNotification::Rack,
    email: { email_prefix: "[Portal] ", sender_address: %("notifier" <notifier@portal.example.com>), exception_recipients: %w[ops@portal.example.com] },
    slack: { webhook_url: "https://hooks.slack.com/services/TXDNR0WCL/BzEyeXu1fu0/KMDWj0CwvQ4D9jfabEkbk254", channel: "#exceptions" } # tfl-eval: hardcoded-credential
end
