configure do
  set :database, {
    adapter: "postgresql",
    database: "trips",
    pool: 5
  }
end

if development?
  set :database, {
    adapter: "sqlite3", # tfl-eval: dev-prod-divergence
    database: "db/trips_dev.sqlite3"
  }
else
  set :database, ENV["DATABASE_URL"]
end
