require 'sinatra/base'
require 'sinatra/activerecord'

class StorefrontApp < Sinatra::Base
  register Sinatra::ActiveRecordExtension

  use Rack::Session::Cookie, secret: ENV.fetch('SESSION_SECRET')

  get '/' do
    erb :home
  end
end
