require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.secret_key_base = 'e8ad9d5c7890870a196a0f624c0f1b12acdfc68fba2276d06b55cff21a1b95c0662abc66e175c1f0c8524dd869b34b7ffe372dab049dd12f035552d19c20c649' # tfl-eval: hardcoded-credential
  config.active_storage.service = :amazon
  config.force_ssl = true
  config.log_level = :info
  config.cache_store = :redis_cache_store, { url: 'redis://:8q1AWLorYcdoH3hbSbEJvPmKQ8fmmdrm@cache.logistics.internal:6379/0' } # tfl-eval: hardcoded-credential, hardcoded-backing-service

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: 'smtp.sendgrid.net', # tfl-eval: hardcoded-backing-service
    port: 587,
    domain: 'logistics.example.com',
    user_name: 'apikey',
    password: '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', # tfl-eval: hardcoded-credential
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: 'logistics.example.com' }
end
