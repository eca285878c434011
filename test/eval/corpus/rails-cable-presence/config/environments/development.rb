Rails.application.configure do
  config.enable_reloading = true
  config.cache_store = :memory_store
  config.session_store :cache_store, key: "_boards_session"
  config.logger = ActiveSupport::Logger.new("log/development.log")
end
