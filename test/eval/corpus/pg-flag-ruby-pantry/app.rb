require "sinatra/base"
require "redis"
require "sequel"

DEV = ENV["RACK_ENV"] == "development"
PRODUCTION = ENV.fetch("RACK_ENV", "production") == "production"

class Pantry < Sinatra::Base
  REDIS = Redis.new(url: DEV ? "redis://localhost:6379/2" : ENV.fetch("REDIS_URL")) # tfl-eval-not: hardcoded-backing-service

  if DEV
    DB = Sequel.connect("postgres://pantry:pantry@localhost/pantry_dev") # tfl-eval-not: hardcoded-backing-service, hardcoded-credential
  else
    DB = Sequel.connect(ENV.fetch("DATABASE_URL"))
  end

  unless PRODUCTION
    # Over 64 characters (what Rack asks for) is no chosen word: the rule keeps such a value's severity anywhere.
    set :session_secret, "pantry-dev-session-secret-for-local-runs-only-0000000000000000000000000" # tfl-eval: hardcoded-credential
  end

  get "/health" do
    "ok"
  end
end
