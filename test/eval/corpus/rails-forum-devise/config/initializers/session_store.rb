if Rails.env.development? || Rails.env.test?
  Rails.application.config.secret_key_base = '9b1d4c7e2f3a8b6d0e5c1f7a3b9d2e6c' # tfl-eval: hardcoded-credential
else
  Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')
end
