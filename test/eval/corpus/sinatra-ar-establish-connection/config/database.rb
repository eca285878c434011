require 'uri'
require 'active_record'

db = URI.parse(ENV['DATABASE_URL'] || "postgres://localhost/bookshelf_#{Sinatra::Application.environment}")

ActiveRecord::Base.establish_connection(
  adapter:  'postgresql',
  host:     db.host,
  username: db.user,
  # tfl-eval-next-line: hardcoded-credential
  password: 'password',
  database: db.path[1..-1],
  encoding: 'utf8'
)
