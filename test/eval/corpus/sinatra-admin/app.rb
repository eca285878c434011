require 'sinatra/base'
require 'koala'
require 'sequel'

class AdminApp < Sinatra::Base
  use Rack::Auth::Basic, 'Admin area' do |username, password|
    username == 'admin' && password == 'qgahj989!NVDg45d' # tfl-eval: hardcoded-credential
  end

  configure do
    set :sessions, key: 'admin.session', secret: 'f8b5b410ab845e7b2ad0fa3e2d0068ed768895441f197381db1d64ba67fe4e67' # tfl-eval: hardcoded-credential
    set :graph, Koala::Facebook::API.new('EAABgckSr2CGuySXdUXmlhHSSC5WtflQD7JSl5YiOcTgJnjhckP3q4ejkZjgAjE9vDL0jstHgdyO60JA4uksNjkotfryr3swoLnuqn91') # tfl-eval: hardcoded-credential
  end

  helpers do
    def weak_password?(password)
      password.length < 12 || password == 'password' # tfl-eval-not: hardcoded-credential
    end
  end

  get '/' do
    erb :dashboard, locals: { pages: settings.graph.get_connections('me', 'accounts') }
  end
end
