Rails.application.configure do
  config.cache_classes = false
  config.eager_load = false
  config.consider_all_requests_local = true
  config.secret_key_base = "Walking the Dog Around The Block Twice" # tfl-eval-not: hardcoded-credential
  config.action_mailer.delivery_method = :letter_opener
end
