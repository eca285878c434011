require 'sinatra/base'
require 'sequel'

class App < Sinatra::Base
  configure do
    set :port, ENV.fetch('APP_PORT') { 4567 }
    set :environment, ENV.fetch('RACK_ENV') { 'development' }
    set :session_secret, ENV.fetch('SESSION_SECRET') { 'nobody will ever guess this phrase' } # tfl-eval: hardcoded-credential
    set :api_token, ENV.fetch('API_TOKEN') { 'Rk8vQ2mZ7xLw4TnB9pYc3HdJ' } # tfl-eval: hardcoded-credential
    set :admin_secret, ENV.fetch('ADMIN_SECRET') { raise 'ADMIN_SECRET is not set' } # tfl-eval-not: hardcoded-credential
    set :title, ENV.fetch('APP_TITLE') { 'My secret garden' } # tfl-eval-not: hardcoded-credential
  end

  use Rack::Auth::Basic, 'Admin' do |username, password|
    expected = ENV['ADMIN_PASSWORD'] || 'secret' # tfl-eval: hardcoded-credential
    username == 'admin' && password == expected
  end
end
