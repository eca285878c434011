require "sidekiq"

Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0") } # tfl-eval-not: hardcoded-credential
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:1rId6NlfcPd31B38k9DAdm9O@redis.relay.internal:6379/0" } # tfl-eval: hardcoded-credential, hardcoded-backing-service
end

ENV.update("RELAY_SIGNING_KEY" => "EHwuGWxCQl6w4dcNrv2Ay3wT", "RELAY_REGION" => "eu-west-1") # tfl-eval: hardcoded-credential
