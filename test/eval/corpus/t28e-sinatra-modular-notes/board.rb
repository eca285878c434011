require 'sinatra/base'

class BoardApp < Sinatra::Base
  set :sessions, true # tfl-eval: per-process-secret
  set :views, File.join(__dir__, 'views')

  get '/board' do
    session[:visits] = (session[:visits] || 0) + 1
    erb :board
  end
end
