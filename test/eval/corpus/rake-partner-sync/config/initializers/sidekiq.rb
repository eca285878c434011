Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:NI8IKVP9ksjBc3igkUBuEHU7E1sLkOpk@redis.partner-sync.internal:6379/1', network_timeout: 5 } # tfl-eval: hardcoded-credential, hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch('REDIS_URL', 'redis://localhost:6379/1') } # tfl-eval-not: hardcoded-credential
end

Sidekiq::Web.use(Rack::Auth::Basic) do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(user, 'sidekiq') &
    ActiveSupport::SecurityUtils.secure_compare(password, 'cdsww099!TVL6dxy') # tfl-eval: hardcoded-credential
end
