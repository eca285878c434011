module Shortlinks
  module Settings
    DATABASE_URL = ENV.fetch("DATABASE_URL", "postgres://shortlinks-db.prod.eu-central-1.internal/shortlinks") # tfl-eval: hardcoded-backing-service
    REDIS_URL = ENV.fetch("REDIS_URL", "redis://localhost:6379/0") # tfl-eval-not: hardcoded-backing-service
    LOG_FILE = ENV.fetch("LOG_FILE", "log/shortlinks.log")
  end
end
