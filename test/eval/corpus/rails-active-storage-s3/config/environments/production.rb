Rails.application.configure do
  config.eager_load = true
  config.active_storage.service = :amazon # tfl-eval-not: memory-session-store
  config.active_storage.service = ENV.fetch("STORAGE_SERVICE", "amazon").to_sym # tfl-eval-not: memory-session-store
end
