require "sinatra"
require "sinatra/activerecord"

configure do
  set :database, { adapter: "mysql2", database: "gradebook", encoding: "utf8mb4" }
end

if ENV["RACK_ENV"] == "development"
  set :database, { adapter: "sqlite3", database: "db/gradebook.sqlite3" } # tfl-eval: dev-prod-divergence
end

get "/grades" do
  "ok"
end
