require "sinatra/base"
require "sequel"
require "logger"
require "rack/session"

DEV = ENV["RACK_ENV"] == "development"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))
if DEV
  Sequel.extension :migration
  Sequel::Migrator.run(DB, "db/migrations") # tfl-eval-not: startup-migration
end

class NotesApp < Sinatra::Base
  if DEV
    use Rack::Session::Pool, expire_after: 3600 # tfl-eval-not: memory-session-store
  else
    require "rack/session/redis"
    use Rack::Session::Redis, redis_server: ENV.fetch("REDIS_URL")
  end

  configure do
    set :logger, DEV ? Logger.new("log/notes-dev.log") : Logger.new($stdout) # tfl-eval-not: file-logger
  end

  get "/" do
    "notes"
  end
end
