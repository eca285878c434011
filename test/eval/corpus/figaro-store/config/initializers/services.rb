Rails.configuration.stripe = {
  publishable_key: 'pk_live_PBK8PVlu1WpsyOVBIC6HAWAO', # tfl-eval-not: hardcoded-credential
  secret_key: ENV.fetch('STRIPE_SECRET_KEY') # tfl-eval-not: hardcoded-credential
}

Geocoder.configure(lookup: :google, api_key: 'AIzaMdGCemDWjWrdIhjO_s1885A5rvg1-bdxNku', timeout: 5) # tfl-eval: hardcoded-credential

Octokit.configure do |c|
  c.access_token = 'ghp_98Tw3Oz0RfIV6bMFHJNB4UdpD6jp8ZsuX7qT' # tfl-eval: hardcoded-credential
end

Slack.configure do |config|
  config.token = ENV['SLACK_API_TOKEN'] # tfl-eval-not: hardcoded-credential
end

Mailgun.configure do |config|
  config.api_key = 'e2af370b2bdde97eeda12426724b94a2-22ee37c7-1beb940b' # tfl-eval: hardcoded-credential
end

Sentry.init do |config|
  config.dsn = 'https://614578d431a74e282d7aeb2d21fd990c@o905905.ingest.sentry.io/9474277' # tfl-eval-not: hardcoded-credential
end

EASYPOST_CLIENT = EasyPost::Client.new(api_key: 'EZAK806dd7bc1c818eabbed542385a2ef4979e7e7d7e8571dda2f1') # tfl-eval: hardcoded-credential
