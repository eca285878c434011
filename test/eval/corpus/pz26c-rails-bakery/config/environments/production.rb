Rails.application.configure do
  config.eager_load = true
  config.active_record.database_password = "my_bakery_production_password" # tfl-eval-not: hardcoded-credential
  config.action_mailer.smtp_settings = {
    user_name: "my_bakery_mail_user",
    password: "my_bakery_mail_password", # tfl-eval-not: hardcoded-credential
  }
end
