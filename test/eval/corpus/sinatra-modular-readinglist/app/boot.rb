require "logger"
require "redis"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL", "postgres://localhost/readinglist_development"))  # tfl-eval-not: hardcoded-backing-service

LOGGER =
  if ENV["LOG_TO_STDOUT"]
    Logger.new($stdout)
  else
    Logger.new(File.expand_path("../log/readinglist.log", __dir__), 5, 10 * 1024 * 1024)  # tfl-eval: file-logger
  end

DB.loggers << LOGGER

COVERS = Redis.new(host: "covers-cache.prod.readinglist.internal", port: 6379)  # tfl-eval: hardcoded-backing-service

require_relative "app"
