require "logger"
require_relative "settings"

module Shortlinks
  # The file defaults to log/ unless the deploy overrides LOG_FILE.
  LOGGER = Logger.new(Settings::LOG_FILE, "daily") # tfl-eval: file-logger
  AUDIT = ENV["AUDIT_LOG_PATH"] ? Logger.new(ENV["AUDIT_LOG_PATH"]) : Logger.new($stdout) # tfl-eval-not: file-logger
end
