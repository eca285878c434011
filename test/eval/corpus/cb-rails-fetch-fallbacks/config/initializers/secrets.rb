Rails.application.configure do
  config.x.jwt_secret = ENV['JWT_SECRET'] || 'bfe92789a554e9183cf5272c98226acf' # tfl-eval: hardcoded-credential
  config.x.webhook_secret = ENV.fetch('WEBHOOK_SECRET') { 'wQ7OTvBWnn5raB7g' } # tfl-eval: hardcoded-credential
  config.x.api_token = ENV.fetch('API_TOKEN') { |_k| 'j6ZmjfjpYlqHwhHp' } # tfl-eval: hardcoded-credential
  config.x.redis_url = ENV.fetch('REDIS_URL') { 'redis://localhost:6379/0' } # tfl-eval-not: hardcoded-credential
  config.x.log_level = ENV['LOG_LEVEL'] || 'info' # tfl-eval-not: hardcoded-credential
  config.x.stripe_key = ENV.fetch('STRIPE_KEY') # tfl-eval-not: hardcoded-credential
  config.x.admin_pin = ENV['ADMIN_PIN'] || '40917' # tfl-eval: hardcoded-credential
  config.x.pin_length = ENV.fetch('PIN_LENGTH', 6).to_i # tfl-eval-not: hardcoded-credential
end
