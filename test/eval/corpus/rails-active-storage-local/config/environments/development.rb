Rails.application.configure do
  config.enable_reloading = true
  config.eager_load = false
  config.active_storage.service = :local # tfl-eval-not: memory-session-store
end
