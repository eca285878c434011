require "sinatra/base"
require "sequel"
require "logger"
require_relative "lib/paste_store"

class PasteApp < Sinatra::Base
  configure do
    set :port, 4567 # tfl-eval: hardcoded-port
    set :bind, "0.0.0.0"
    enable :sessions # tfl-eval-not: memory-session-store (Rack::Session::Cookie: the session lives in the signed cookie)
    set :session_secret, ENV.fetch("SESSION_SECRET")
    set :logger, Logger.new("log/pastebin.log") # tfl-eval: file-logger
  end

  DB = Sequel.connect(ENV.fetch("DATABASE_URL")) # tfl-eval-not: hardcoded-backing-service

  get "/p/:id" do
    paste = PasteStore.new.fetch(params[:id]) || halt(404)
    content_type :text
    paste
  end

  post "/p" do
    id = PasteStore.new.save(request.body.read)
    redirect to("/p/#{id}")
  end

  run! if app_file == $0
end
