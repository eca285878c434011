# frozen_string_literal: true

require "logger"

module Parcels
  def self.console_logger
    Logger.new($stdout, level: ENV.fetch("LOG_LEVEL", "info")) # tfl-eval-not: file-logger
  end
end
