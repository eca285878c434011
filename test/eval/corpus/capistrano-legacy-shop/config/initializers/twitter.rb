TWITTER = Twitter::REST::Client.new do |config|
  config.consumer_key        = "4UIXMa1i37pGaxt34C4IsKwfX"
  config.consumer_secret     = "gtNB7hoWBZqjac0IpTNyFO1QygWFY7oVyHwJBgZl5iue9E0x4i" # tfl-eval: hardcoded-credential
  config.access_token        = "9731848624231504107-j1MuIZ21uR3NnqbfseJ8xvkXhsUsog" # tfl-eval: hardcoded-credential
  config.access_token_secret = "h4ThlKTGf0av8KNKCRAXDtp391cnNe3ZUYUpCovDngTKe" # tfl-eval: hardcoded-credential
end
