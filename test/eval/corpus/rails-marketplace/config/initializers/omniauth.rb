Rails.application.config.middleware.use OmniAuth::Builder do
  provider :developer unless Rails.env.production?
  provider :github, 'Iv1.12bd3c5560aff4cc', '774ac89297138ca85e4ccb296950e8c3fd3d4815', scope: 'user:email' # tfl-eval: hardcoded-credential
  provider :google_oauth2, ENV['GOOGLE_CLIENT_ID'], ENV['GOOGLE_CLIENT_SECRET'] # tfl-eval-not: hardcoded-credential
  provider :twitter, ENV.fetch('TWITTER_KEY'), ENV.fetch('TWITTER_SECRET', 'v8wV3SUQ3C7I2dUsrszk0KNdaH3eAsDyy16id5WwcnGqm') # tfl-eval: hardcoded-credential
end
