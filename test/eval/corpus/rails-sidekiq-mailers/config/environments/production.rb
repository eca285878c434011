Rails.application.configure do
  config.eager_load = true
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "77cac229-b3fd-47e5-955e-3a1ccb75258e" } # tfl-eval: hardcoded-credential
  config.action_mailer.default_url_options = { host: "mailers.example.com" }

  config.action_mailer.mailgun_settings = {
    api_key: "c928c1b8b2c20f43b5cb973a5ec0ef8f-8c05904e-f9a23126", # tfl-eval: hardcoded-credential
    domain: "mg.mailers.example.com"
  }
  config.log_level = :info
end
