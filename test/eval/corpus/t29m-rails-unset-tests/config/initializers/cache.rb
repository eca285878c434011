CACHE = if ENV["MEMCACHE_SERVERS"]
  Dalli::Client.new(ENV["MEMCACHE_SERVERS"].split(","))
elsif ENV["CACHE_STORE"] == "null"
  nil
else
  Dalli::Client.new("cache-1.prod.internal:11211") # tfl-eval: hardcoded-backing-service
end

SESSION_CACHE = if ENV["SESSION_MEMCACHE"].to_s.empty?
  Dalli::Client.new("localhost:11211") # tfl-eval-not: hardcoded-backing-service
else
  Dalli::Client.new(ENV["SESSION_MEMCACHE"])
end

FEATURE_CACHE = if ENV["CACHE_MODE"] == "shared"
  Dalli::Client.new("localhost:11211") # tfl-eval: hardcoded-backing-service
end
