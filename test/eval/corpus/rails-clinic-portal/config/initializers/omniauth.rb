Rails.application.config.middleware.use OmniAuth::Builder do
  provider :google_oauth2, 'a886529a2c8c893ef15f856631b13890.apps.googleusercontent.com', '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', scope: 'email,profile' # tfl-eval: hardcoded-credential
  provider :github, ENV['GITHUB_CLIENT_ID'], ENV['GITHUB_CLIENT_SECRET'], scope: 'user:email' # tfl-eval-not: hardcoded-credential
end
