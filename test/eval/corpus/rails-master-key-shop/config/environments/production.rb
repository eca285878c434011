Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.mailgun.org",  # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: "postmaster@mg.shop.example.com",
    password: "e5d693729aa725f575e46975b8f3301d-2e84331cab7f17c842c14c60b603aa21eae0068a",  # tfl-eval: hardcoded-credential
    authentication: :plain
  }
  config.x.payments.webhook_secret = "whsec_LjsRLyJZof51uZ8VF79OuzwAMa1Vt233PJ3LZS91"  # tfl-eval: hardcoded-credential
  config.x.payments.currency = "eur"
end
