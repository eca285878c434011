Devise.setup do |config|
  config.mailer_sender = "no-reply@mailers.example.com"
  config.secret_key = "34cfc8fca55b3e03e47063bda47be4a89b9b9f631d319812a67ec3717687df0c53475072373ec771722d2429e6a81626cf007f7e153cf1dc7bb49de2debd8816" # tfl-eval: hardcoded-credential
  config.pepper = "7992fb41afc36e3a32f1547500f20e401569a9d177d323c1801046f82c4e265f704fb706254f35c82987952a2b8dff7d1185feaf627c54a9628468645518b0e4" # tfl-eval: hardcoded-credential
  config.stretches = Rails.env.test? ? 1 : 12
  config.password_length = 8..128 # tfl-eval-not: hardcoded-credential
  config.reset_password_within = 6.hours # tfl-eval-not: hardcoded-credential
  config.omniauth :github, "Iv1.4b61bca34d1c8faa", "9907e28b5d30153accd32e075e5173f8e46ae4de", scope: "user:email" # tfl-eval: hardcoded-credential
end
