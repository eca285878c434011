Devise.setup do |config|
  config.mailer_sender = ENV.fetch("MAILER_SENDER", "volunteers@example.org")
  config.secret_key = ENV["DEVISE_SECRET_KEY"] if ENV["DEVISE_SECRET_KEY"]
  config.pepper = ENV["DEVISE_PEPPER"]
  config.stretches = Rails.env.test? ? 1 : 12
  config.password_length = 10..128
  config.reset_password_within = 6.hours
  config.reset_password_keys = [:email]
  config.sign_out_via = :delete
end
