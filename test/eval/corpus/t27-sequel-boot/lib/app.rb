require 'sinatra/base'

class ShortApp < Sinatra::Base
  get '/' do
    'ok'
  end
end
