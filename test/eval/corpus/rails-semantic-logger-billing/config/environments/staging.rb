require_relative "production"

Rails.application.configure do
  # Staging keeps the gem's default development.log-style file appender.
  config.rails_semantic_logger.add_file_appender = true # tfl-eval: file-logger
end
