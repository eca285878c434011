# Local development falls back to a Redis on this machine; every deploy sets REDIS_URL.
ENV["REDIS_URL"] ||= "redis://127.0.0.1:6379"  # tfl-eval-not: hardcoded-backing-service
ENV["MEMCACHE_SERVERS"] ||= "localhost:11211"  # tfl-eval-not: hardcoded-backing-service

$redis = Redis.new(url: ENV["REDIS_URL"])
