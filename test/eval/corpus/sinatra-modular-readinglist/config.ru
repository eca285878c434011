require_relative "app/boot"

# Bring the schema up to date before the first request is served.
Sequel.extension :migration
Sequel::Migrator.run(DB, File.join(__dir__, "db", "migrations"))  # tfl-eval: startup-migration

use Rack::Session::Pool, key: "readinglist.session", expire_after: 60 * 60 * 24 * 30  # tfl-eval: memory-session-store
run ReadingList::App
