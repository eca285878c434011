Classifieds::Application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.action_controller.perform_caching = true
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: 'smtp.sendgrid.net', # tfl-eval: hardcoded-backing-service
    port: 587,
    domain: 'classifieds.example.com',
    user_name: 'apikey',
    password: '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', # tfl-eval: hardcoded-credential
    authentication: :plain,
    enable_starttls_auto: true
  }

  config.paperclip_defaults = {
    storage: :s3,
    s3_credentials: {
      bucket: 'classifieds-photos',
      access_key_id: ENV['AWS_ACCESS_KEY_ID'],
      secret_access_key: 'i3UfoP5sDoYKKBDjt4bJJcynm9so9oJMXy45Q5KM' # tfl-eval: hardcoded-credential
    }
  }
end
