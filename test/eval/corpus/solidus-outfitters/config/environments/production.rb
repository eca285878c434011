require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?
  config.active_storage.service = :amazon
  config.force_ssl = true
  config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new($stdout))
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.lograge.enabled = true
  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] }
  config.session_store :cookie_store, key: "_outfitters_session", secure: true
  config.active_job.queue_adapter = :good_job
  config.action_mailer.smtp_settings = {
    address: "email-smtp.us-east-1.amazonaws.com", # tfl-eval: hardcoded-backing-service
    port: 587,
    user_name: ENV["SMTP_USERNAME"],
    password: ENV["SMTP_PASSWORD"], # tfl-eval-not: hardcoded-credential
    authentication: :login,
    enable_starttls_auto: true,
  }
  config.action_mailer.default_url_options = { host: "shop.outfitters.example", protocol: "https" }
  config.i18n.fallbacks = true
end
