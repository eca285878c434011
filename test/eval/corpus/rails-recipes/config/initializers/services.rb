Rails.application.configure do
  config.x.mailchimp_api_key = 'fd9a9fd847bea9e08b82bf1cacefda28-us14' # tfl-eval: hardcoded-credential
  config.x.recipes_per_page = 24
end

Cloudinary.config do |c|
  c.cloud_name = 'recipes'
  c.api_key = '515331564331481'
  c.api_secret = 'CEznd9RA2PQFy2qVwvc9bBHrCvp' # tfl-eval: hardcoded-credential
end

Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch('REDIS_URL', 'redis://localhost:6379/1') }
end
