require "cloudinary"
require "geocoder"
require "rollbar"

Cloudinary.config do |config|
  config.cloud_name = "acme-media"
  config.api_key = "759248240028688" # tfl-eval-not: hardcoded-credential
  config.api_secret = "8uxapZqL6PldXT43qzWqoKUqoL1" # tfl-eval: hardcoded-credential
  config.secure = true
end

Geocoder.configure(lookup: :here, api_key: "NLM5KTsHyGQD8O21AGOiGiR3AHM6yUYEymrU7l5DD3h", timeout: 3) # tfl-eval: hardcoded-credential

Rollbar.configure do |config|
  config.access_token = "b1ff6434fef500e3ccc7a739be878176" # tfl-eval: hardcoded-credential
  config.environment = ENV.fetch("RACK_ENV", "development")
end
