require_relative "production"

Rails.application.configure do
  config.logger = Logger.new("log/staging.log")  # tfl-eval: file-logger
end
