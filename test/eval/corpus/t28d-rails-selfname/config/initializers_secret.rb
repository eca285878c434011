Rails.application.configure do
  config.secret_key_base = 'secret_key_base' # tfl-eval: hardcoded-credential
  config.x.secret_name = ENV.fetch('SECRET_KEY_BASE_NAME', 'secret_key_base') # tfl-eval-not: hardcoded-credential
end
