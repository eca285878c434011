Octokit.configure do |c|
  c.access_token = "02ac355c7f715e78ec37a0bed962991330234912" # tfl-eval: hardcoded-credential
end

Rollbar.configure do |config|
  config.access_token = ENV["ROLLBAR_ACCESS_TOKEN"] # tfl-eval-not: hardcoded-credential
  config.environment = Rails.env
end

Pusher.app_id = "1843221"
Pusher.key = "2ec3254a1fc74c50aac1dfc0e09ca211"
Pusher.secret = "0923ae01c9f168dfc33e54dfb516af2c" # tfl-eval: hardcoded-credential
Pusher.cluster = "eu"

GIBBON = Gibbon::Request.new(api_key: "71b198173f2c79c7f06b26ea42805ea1-us14") # tfl-eval: hardcoded-credential

Geocoder.configure(lookup: :google, api_key: ENV.fetch("GOOGLE_GEOCODER_KEY")) # tfl-eval-not: hardcoded-credential
