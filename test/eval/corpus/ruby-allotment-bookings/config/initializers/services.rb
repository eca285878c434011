# Addresses of the services the bookings app uses; each deploy sets them in its environment.
REDIS_HOST = ENV.fetch("REDIS_HOST", "10.40.0.6") # tfl-eval: hardcoded-backing-service
MEMCACHE_SERVERS = ENV["MEMCACHE_SERVERS"] || "10.40.0.9:11211" # tfl-eval: hardcoded-backing-service
SEARCH_HOST = ENV.fetch("ELASTICSEARCH_HOST", "localhost") # tfl-eval-not: hardcoded-backing-service

$redis = Redis.new(host: REDIS_HOST, port: ENV.fetch("REDIS_PORT", 6379).to_i)
Rails.application.config.cache_store = :mem_cache_store, MEMCACHE_SERVERS.split(",")
