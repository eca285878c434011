Devise.setup do |config|
  config.secret_key = 'd0d17359bd8342277754621da24305f0f6ef3cccd796c860e7866a084e3e4e11425cc3c1fd86070bc57cddd0507268b1d9fc01ed668c25f5bf4d36f4cb6a69d6' # tfl-eval: hardcoded-credential
  config.mailer_sender = 'please-change-me-at-config-initializers-devise@example.com'
  config.pepper = '12afe1b32a28045b11e8b0ec5e47bc9381d1e3628be4dbd3089fb289e4e56d489bea72a38efa0508739ec663cb37a0eca5a0bb54f7858d57100b3f682ad18ae8' # tfl-eval: hardcoded-credential
  config.omniauth :facebook, '889152591062666', '525cc9be80793e5e1a1434cc7090c449', scope: 'email' # tfl-eval: hardcoded-credential
  config.password_length = 8..128 # tfl-eval-not: hardcoded-credential
  config.reset_password_within = 6.hours # tfl-eval-not: hardcoded-credential
end
