require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_store = :redis_cache_store, { url: "redis://localhost:6379/1" } # tfl-eval-not: hardcoded-backing-service
  config.action_mailer.smtp_settings = { address: "192.168.56.10", port: 1025 } # tfl-eval-not: hardcoded-backing-service
  config.hosts << "pantry.test"
end
