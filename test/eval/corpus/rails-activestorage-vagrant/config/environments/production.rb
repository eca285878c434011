Rails.application.configure do
  config.active_storage.service = :amazon
  config.action_mailer.smtp_settings = {
    address: ENV.fetch("SMTP_HOST"),
    user_name: ENV.fetch("SMTP_USER"),
    password: ENV.fetch("SMTP_PASSWORD"), # tfl-eval-not: hardcoded-credential
    authentication: :login,
  }
  config.log_level = :info
end
