Resque.redis = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0"))  # tfl-eval-not: hardcoded-credential
