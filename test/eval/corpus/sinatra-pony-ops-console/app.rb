require "sinatra/base"
require_relative "lib/clients"

class OpsConsole < Sinatra::Base
  enable :sessions
  set :session_secret, "8ab1ca9ced06c476eb258441c0f6d0847b4509bcd2e0b4aa051488c6218e45c2" # tfl-eval: hardcoded-credential
  set :views, File.join(__dir__, "views")

  configure :test do
    set :session_secret, "x" * 64 # tfl-eval-not: hardcoded-credential
  end

  get "/" do
    erb :index, locals: { queues: Clients.redis.keys("queue:*") }
  end

  post "/notify" do
    Clients.mail_ops(params[:subject], params[:body])
    redirect "/"
  end
end
