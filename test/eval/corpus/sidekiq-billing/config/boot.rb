require 'bundler/setup'
require 'sidekiq'
require 'stripe'
require_relative '../lib/ledger'

Dir[File.join(__dir__, '..', 'app', 'jobs', '*.rb')].sort.each { |f| require f }

Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:9ZWJXhhyyiupqeNmWZyAkbPc@redis-billing.internal:6379/2', network_timeout: 5 } # tfl-eval: hardcoded-credential, hardcoded-backing-service
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch('REDIS_URL', 'redis://localhost:6379/2') }
end

Stripe.api_key = 'rk_live_7uf0U85EFeQ6A6Ec8V44eT6W' # tfl-eval: hardcoded-credential
Stripe.max_network_retries = 2
