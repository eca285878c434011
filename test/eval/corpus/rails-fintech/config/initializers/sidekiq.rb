Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch("REDIS_URL"), password: "i3sucbWZ7aGsqBlLR0um01RN" } # tfl-eval: hardcoded-credential
  config.logger = Sidekiq::Logger.new($stdout) # tfl-eval-not: file-logger
end
