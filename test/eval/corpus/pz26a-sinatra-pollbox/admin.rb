require "securerandom"
require "sinatra/base"

class AdminPanel < Sinatra::Base
  enable :sessions
  set :session_secret, SecureRandom.hex(64) # tfl-eval: per-process-secret

  get "/admin" do
    halt 401 unless session[:admin_id]
    erb :admin
  end
end
