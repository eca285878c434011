Rails.application.configure do
  config.x.jwt_secret = ENV.fetch("JWT_SECRET") { SecureRandom.hex(32) } # tfl-eval-not: per-process-secret
  config.x.jwt_ttl = 2.hours
end
