require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = true
  config.eager_load = false
  config.consider_all_requests_local = true
  config.cache_store = :memory_store # tfl-eval-not: memory-session-store
  config.session_store :cookie_store, key: "_ledger_dev_session"
  config.logger = ActiveSupport::Logger.new("log/development.log") # tfl-eval-not: file-logger
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "localhost",
    port: 1025,
    user_name: "ledger",
    password: "mailcatcher-dev" # tfl-eval-not: hardcoded-credential
  }
  config.hosts << "ledger.localhost"
  ENV["STRIPE_SECRET_KEY"] ||= "sk-dev-placeholder-local" # tfl-eval-not: hardcoded-credential
end
