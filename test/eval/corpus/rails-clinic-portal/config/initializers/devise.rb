# frozen_string_literal: true

Devise.setup do |config|
  config.secret_key = 'fd383864f7504b3dbe033d2b9ecd6da052a2683117a08cc6da48632365d2dcbac5c4fa18fe68a4ec8174c8afef9dec122594391dc6d02d89d14b61f04b09fd40' # tfl-eval: hardcoded-credential
  config.mailer_sender = 'no-reply@clinic-portal.example.com'
  require 'devise/orm/active_record'
  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth]
  config.stretches = Rails.env.test? ? 1 : 12
  config.pepper = '45db86bd3e543b52f98abe59cbd4149e04ac409f4cbf7a7aa1b93f69bd31b8bd' # tfl-eval: hardcoded-credential
  config.password_length = 10..128 # tfl-eval-not: hardcoded-credential
  config.reset_password_within = 6.hours # tfl-eval-not: hardcoded-credential
  config.sign_out_via = :delete
end
