require "active_record"

if ENV["APP_ENV"] == "production"
  ActiveRecord::Base.establish_connection(ENV.fetch("DATABASE_URL", "mysql2://localhost/feeds"))
else
  ActiveRecord::Base.establish_connection("sqlite3:tmp/feeds.sqlite3") # tfl-eval: dev-prod-divergence
end

