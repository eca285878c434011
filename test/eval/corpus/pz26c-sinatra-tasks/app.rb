require "sinatra/base"
require_relative "lib/board"

class TasksApp < Sinatra::Base
  enable :sessions
  set :session_secret, "secret key" # tfl-eval: hardcoded-credential

  if settings.development?
    set :mailer_password, "orchard-bell" # tfl-eval-not: hardcoded-credential
  end

  get "/" do
    erb :index, locals: { tasks: Board.open_tasks }
  end
end
