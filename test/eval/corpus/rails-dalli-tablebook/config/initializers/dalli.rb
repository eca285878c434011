# Availability cache shared by all web and worker processes.
require "dalli"

AVAILABILITY_CACHE = Dalli::Client.new(
  ["memcached-1.tablebook.internal:11211", "memcached-2.tablebook.internal:11211"], # tfl-eval: hardcoded-backing-service
  namespace: "availability", compress: true, expires_in: 300
)

RATE_LIMIT_CACHE = Dalli::Client.new(ENV.fetch("MEMCACHE_SERVERS").split(","), namespace: "ratelimit") # tfl-eval-not: hardcoded-backing-service
