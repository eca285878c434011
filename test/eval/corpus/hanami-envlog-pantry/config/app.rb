# frozen_string_literal: true

require "hanami"
require "logger"

module Pantry
  class App < Hanami::App
    # LOG_FILE lets ops move the file; nobody sets it in the container, so it lands in log/.
    config.logger.stream = ENV.fetch("LOG_FILE", "log/pantry.log") # tfl-eval: file-logger
    AUDIT = Logger.new(ENV["AUDIT_LOG"] || "log/audit.log") # tfl-eval: file-logger
  end
end
