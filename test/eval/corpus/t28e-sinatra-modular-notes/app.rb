require 'sinatra/base'

class NotesApp < Sinatra::Base
  configure do
    enable :sessions # tfl-eval-not: per-process-secret
    set :session_secret, ENV.fetch('SESSION_SECRET')
  end

  get '/' do
    erb :index
  end
end
