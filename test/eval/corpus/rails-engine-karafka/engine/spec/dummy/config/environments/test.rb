Rails.application.configure do
  config.cache_store = :memory_store
  config.session_store :cookie_store, key: "_dummy_session"
  config.action_mailer.delivery_method = :test
  config.logger = Logger.new("log/test.log")
end
