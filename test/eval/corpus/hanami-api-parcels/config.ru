# frozen_string_literal: true

require "logger"
require "rack/session"
require "sequel"
require_relative "app/api"

LOGGER = Logger.new("log/parcels.log", "daily") # tfl-eval: file-logger

DB = Sequel.connect(ENV.fetch("DATABASE_URL"), logger: LOGGER)
Sequel.extension :migration
Sequel::Migrator.run(DB, File.expand_path("db/migrate", __dir__)) # tfl-eval: startup-migration

use Rack::Session::Pool, expire_after: 3600 # tfl-eval: memory-session-store
run Parcels::API.new
