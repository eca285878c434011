ENV["DATABASE_URL"] ||= "sqlite:/"
require "rack/test"
require_relative "../app/boot"

Sequel.extension :migration
Sequel::Migrator.run(DB, File.expand_path("../db/migrations", __dir__))  # tfl-eval-not: startup-migration

RSpec.configure do |config|
  config.include Rack::Test::Methods
  config.around { |example| DB.transaction(rollback: :always) { example.run } }
end

def app
  Rack::Builder.new do
    use Rack::Session::Pool  # tfl-eval-not: memory-session-store
    run ReadingList::App
  end
end
