require_relative "lib/database"
require_relative "lib/app"

Database.setup! # tfl-eval: startup-migration
Database.connection.test_connection # tfl-eval-not: startup-migration

run App.freeze.app
