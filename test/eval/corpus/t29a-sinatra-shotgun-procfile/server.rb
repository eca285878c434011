require "sinatra"
require "sinatra/activerecord"

configure do
  set :database, { adapter: "postgresql", database: "postcards" }
end

# Production and staging read the same PostgreSQL server from the platform's URL.
if settings.production?
  set :database, ENV.fetch("DATABASE_URL") # tfl-eval-not: dev-prod-divergence
else
  set :database, { adapter: "postgresql", database: "postcards_dev" }
end

get "/" do
  "postcards"
end
