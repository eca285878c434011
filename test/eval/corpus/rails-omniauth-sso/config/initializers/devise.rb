# frozen_string_literal: true

Devise.setup do |config|
  # The secret key used by Devise. Devise uses this key to generate random tokens.
  # Changing this key will render invalid all existing confirmation, reset password and unlock tokens.
  # config.secret_key = '<%= SecureRandom.hex(64) %>'
  config.secret_key = "e29b23234b6981f4f90c81cfb943f8a75d8364390f4248ba0314d0c53e302e7a5339d85a5db4d746276325fb666ba63d08e9eee11b4135b9dbf7047f30278552" # tfl-eval: hardcoded-credential
  config.mailer_sender = "no-reply@sso.example.org"
  require "devise/orm/active_record"
  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth]
  config.stretches = Rails.env.test? ? 1 : 12
  config.pepper = "52d84d76d07193e67ff2e21011a4467e7490037ce78e84f69419c1227f39c94e" # tfl-eval: hardcoded-credential
  config.password_length = 12..128
  config.reset_password_within = 6.hours
  config.sign_out_via = :delete

  config.omniauth :google_oauth2,
                  "847261953048-k3h9q2v7m1x5c8b4n6z0p2r4t6y8u0i.apps.googleusercontent.com",
                  "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", # tfl-eval: hardcoded-credential
                  scope: "email,profile"
  config.omniauth :github, ENV.fetch("GITHUB_CLIENT_ID"), ENV.fetch("GITHUB_CLIENT_SECRET"), scope: "user:email" # tfl-eval-not: hardcoded-credential
end
