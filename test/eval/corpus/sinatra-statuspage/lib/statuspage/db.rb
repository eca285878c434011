require "sequel"

module StatusPage
  DB = Sequel.connect(ENV.fetch("DATABASE_URL"), max_connections: Integer(ENV.fetch("DB_POOL", 5)))
end
