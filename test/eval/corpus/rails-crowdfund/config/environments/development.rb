Rails.application.configure do
  config.eager_load = false
  config.action_mailer.delivery_method = :letter_opener
  config.action_mailer.smtp_settings = { address: "localhost", port: 1025 }
  config.logger = ActiveSupport::Logger.new("log/development.log") # tfl-eval-not: file-logger
end
