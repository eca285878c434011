# frozen_string_literal: true

require "logger"

ENV["HANAMI_ENV"] ||= "test"
TEST_LOGGER = Logger.new("log/test.log") # tfl-eval-not: file-logger
