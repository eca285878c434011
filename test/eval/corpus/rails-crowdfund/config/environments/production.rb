Rails.application.configure do
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.mailgun.org", # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: "postmaster@mg.crowdfund.example",
    password: "81ee82173b5f97808ad1952c004112ca-1lJXen2Fw5zYfVxau9px", # tfl-eval: hardcoded-credential
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.logger = ActiveSupport::Logger.new(Rails.root.join("log", "production.log")) # tfl-eval: file-logger
end
