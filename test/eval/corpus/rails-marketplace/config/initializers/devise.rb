# frozen_string_literal: true

Devise.setup do |config|
  # The secret key used by Devise. Devise uses this key to generate
  # random tokens. Changing this key will render invalid all existing
  # confirmation, reset password and unlock tokens in the database.
  # Devise will use the `secret_key_base` as its `secret_key`
  # by default. You can change it below and use your own secret key.
  # config.secret_key = '25379ecb1a182dd817f4c8e9ed3b6afd5f6888cd524f52f3984e20929067fa625c388fd6938d2381dc03b0128ca30bd93b5fefe4801d914cc708312174652095'

  config.mailer_sender = 'please-change-me-at-config-initializers-devise@example.com'
  require 'devise/orm/active_record'
  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth]
  config.stretches = Rails.env.test? ? 1 : 12
  # config.pepper = '89b26bbc96442ad608de7bcd457cc4cf5d7f3c2750727e35b4e20b32f218692342a3c40fb144bf67aa15039a8146897aeb49d983babe9787de7bc972b5f14c58'
  config.pepper = 'a32bd52f9dbd639c08f38423b5155e15d862392e9cc9bebe6411e5522f8b6b70' # tfl-eval: hardcoded-credential
  config.reconfirmable = true
  config.password_length = 8..128 # tfl-eval-not: hardcoded-credential
  config.reset_password_within = 6.hours # tfl-eval-not: hardcoded-credential
  config.sign_out_via = :delete
  config.omniauth :facebook, '929782779573138', 'aeb3d635814834cdf57ea67cc0402fdf', scope: 'email' # tfl-eval: hardcoded-credential
end
