require "bundler/setup"
require "hanami/setup"
require "hanami/model"
require "redis"

Hanami.configure do
  model do
    adapter :sql, ENV.fetch("DATABASE_URL")
  end

  environment :development do
    logger level: :debug
    mailer_host "192.168.10.5" # tfl-eval-not: hardcoded-backing-service
    cache Dalli::Client.new("192.168.10.6:11211") # tfl-eval-not: hardcoded-backing-service
    redis Redis.new(host: "localhost", port: 6379) # tfl-eval-not: hardcoded-backing-service
  end

  environment :production do
    logger level: :info, formatter: :json
    redis Redis.new(host: "ledger-redis.prod.internal") # tfl-eval: hardcoded-backing-service
  end
end
