require "securerandom"
require "sinatra/base"
require_relative "lib/notifier"

class PollBox < Sinatra::Base
  enable :sessions

  configure :production, :staging do
    set :session_secret, ENV.fetch("SESSION_SECRET")
  end

  configure :development, :test do
    # Throwaway key: a restart only logs the developer out.
    set :session_secret, SecureRandom.hex(64)
  end

  get "/" do
    erb :index
  end

  post "/polls/:id/votes" do
    Notifier.new(environment: settings.environment).vote_cast(params[:id])
    redirect "/polls/#{params[:id]}"
  end
end
