require "sequel"

DB = if ENV["RACK_ENV"] == "production"
  Sequel.connect(ENV.fetch("DATABASE_URL", "postgres://localhost/bookmarks"))
else
  Sequel.connect("sqlite:db/bookmarks.db") # tfl-eval: dev-prod-divergence
end
