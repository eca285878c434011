require 'uri'

configure :development, :test do
  set :database, { adapter: 'sqlite3', database: 'db/recipes_development.sqlite3' } # tfl-eval: dev-prod-divergence
end

configure :production do
  db = URI.parse(ENV['DATABASE_URL'] || 'postgres://localhost/recipes')

  ActiveRecord::Base.establish_connection(
    adapter: db.scheme == 'postgres' ? 'postgresql' : db.scheme,
    host: db.host,
    username: db.user,
    password: db.password,
    database: db.path[1..-1],
    encoding: 'utf8'
  )
end
