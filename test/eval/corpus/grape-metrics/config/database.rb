require "sequel"

DB = Sequel.connect(
  adapter: "postgres",
  host: ENV.fetch("DB_HOST", "localhost"),
  database: "metrics",
  user: "metrics",
  password: "Ember7217!llb" # tfl-eval: hardcoded-credential
)
