Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = 'ALs0LxTfhnvKEsuehkeo'
Braintree::Configuration.public_key = 'O5mGOYxOlv1zQ1MZnrSL'
Braintree::Configuration.private_key = '40d59f6636d3cdf551bbf26f79e7d72e' # tfl-eval: hardcoded-credential

Pusher.app_id = '1748392'
Pusher.key = '5e8d78025e856d869a050cda7526610c'
Pusher.secret = 'c86d6e80a5711fdac012317359a730ba' # tfl-eval: hardcoded-credential
Pusher.cluster = 'eu'

Rollbar.configure do |config|
  config.access_token = '686b9afbc13fc6449885e9571ce878eb' # tfl-eval: hardcoded-credential
  config.environment = Rails.env
end

Bugsnag.configure do |config|
  config.api_key = '21d057274cfb34abf932224d76b594d7' # tfl-eval: hardcoded-credential
end

Cloudinary.config(cloud_name: 'podcasts', api_key: 'BUaFPX6KvRJAALDEI5bb', api_secret: 'efhkYJS0rsYmLV48mN78d8uUpjxzAnbP') # tfl-eval: hardcoded-credential

GIBBON = Gibbon::Request.new(api_key: '25b2973aaf691e4870229fafa6e30f7a-us21') # tfl-eval: hardcoded-credential
FACEBOOK_OAUTH = Koala::Facebook::OAuth.new('lrHTgcMma96gSPl3Wb6N', '3c21288e2b7bbf6c8992d8f485da0eeb', 'https://podcasts.example.com/auth/facebook/callback') # tfl-eval: hardcoded-credential

Resque.redis = 'redis://:d7XEntdejFzbVvPVFkc6@resque.internal:6379/2' # tfl-eval: hardcoded-credential, hardcoded-backing-service
