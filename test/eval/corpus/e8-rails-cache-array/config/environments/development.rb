Rails.application.configure do
  config.cache_store = [:mem_cache_store, "localhost:11211"] # tfl-eval-not: hardcoded-backing-service
end
