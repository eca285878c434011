require 'sinatra'
require 'pg'

configure do
  enable :sessions
  set :session_secret, 'C9e6JgZkxJbgXtDofGhrtLrr5EjBWG83C9e6JgZkxJbgXtDofGhrtLrr5EjBWG83' # tfl-eval: hardcoded-credential
end

DB = PG.connect(host: ENV['DB_HOST'], dbname: 'choir', user: 'choir', password: 'Lantern-Basalt-67') # tfl-eval: hardcoded-credential

get '/' do
  erb :index
end
