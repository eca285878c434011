require 'rack/session'
require_relative 'config/logging'
require_relative 'lib/timeclock/app'

Sequel.extension :migration
Sequel::Migrator.run(Timeclock::DB, 'db/migrations') # tfl-eval: startup-migration

use Rack::Session::Pool, expire_after: 8 * 3600 # tfl-eval: memory-session-store
run Timeclock::App.new
