# frozen_string_literal: true

require "sequel"
require "rack/test"

DB = Sequel.sqlite
Sequel.extension :migration
Sequel::Migrator.run(DB, File.expand_path("../db/migrate", __dir__)) # tfl-eval-not: startup-migration

RSpec.configure do |config|
  config.include Rack::Test::Methods
end
