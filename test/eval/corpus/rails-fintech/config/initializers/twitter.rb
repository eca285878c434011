TWITTER = Twitter::REST::Client.new do |config|
  config.consumer_key        = "Wiw47PJhx3iQFfCVLYjO80KB" # tfl-eval: hardcoded-credential
  config.consumer_secret     = "63sQCwHKiFA4114Cdz9vF6rw0VFdf7jsutPs5rSw" # tfl-eval: hardcoded-credential
  config.access_token        = ENV["TWITTER_ACCESS_TOKEN"] # tfl-eval-not: hardcoded-credential
  config.access_token_secret = ENV["TWITTER_ACCESS_SECRET"] # tfl-eval-not: hardcoded-credential
end
