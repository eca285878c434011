Rails.application.configure do
  config.eager_load = true
  config.cache_store = :redis_cache_store, { url: ENV.fetch("REDIS_URL") }
  config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new($stdout))
  config.action_mailer.smtp_settings = {
    address: ENV.fetch("SMTP_HOST"),
    user_name: ENV.fetch("SMTP_USER"),
    password: ENV.fetch("SMTP_PASSWORD")
  }
end
