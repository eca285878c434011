Rails.application.configure do
  config.cache_store = :redis_cache_store, { url: "redis://10.40.2.9:6379/3", namespace: "dispatch" } # tfl-eval: hardcoded-backing-service
end
