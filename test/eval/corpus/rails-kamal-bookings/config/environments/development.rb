Rails.application.configure do
  config.enable_reloading = true
  config.cache_store = :memory_store
  config.session_store :cookie_store
  config.logger = Logger.new("log/development.log")
  config.action_mailer.delivery_method = :letter_opener
end
