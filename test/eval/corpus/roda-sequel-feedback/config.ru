require_relative "app"
Sequel.extension :migration
Sequel::Migrator.run(DB, File.expand_path("db/migrate", __dir__)) # tfl-eval: startup-migration
run FeedbackApp.freeze.app
