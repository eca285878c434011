require "sidekiq/web"

Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:QmOpv3BkwpZWqJoaJTOivCWcjcmQG7DI@jobs-redis.internal:6379/2" } # tfl-eval: hardcoded-credential, hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/2") } # tfl-eval-not: hardcoded-credential
end

Sidekiq::Web.use(Rack::Auth::Basic) do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(::Digest::SHA256.hexdigest(user), ::Digest::SHA256.hexdigest("ops")) &
    ActiveSupport::SecurityUtils.secure_compare(::Digest::SHA256.hexdigest(password), ::Digest::SHA256.hexdigest("MDilIx*CM3OKpx")) # tfl-eval: hardcoded-credential
end
