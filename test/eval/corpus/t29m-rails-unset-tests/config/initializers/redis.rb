$redis = if ENV["REDIS_URL"].nil?
  Redis.new(host: "127.0.0.1", port: 6379) # tfl-eval-not: hardcoded-backing-service
else
  Redis.new(url: ENV["REDIS_URL"])
end

$jobs_redis = if ENV["JOBS_REDIS_URL"].present?
  Redis.new(url: ENV["JOBS_REDIS_URL"])
else
  Redis.new(host: "jobs-redis.prod.internal") # tfl-eval: hardcoded-backing-service
end
