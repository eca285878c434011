# frozen_string_literal: true

require "sinatra/base"
require "omniauth"
require "omniauth-github"
require "jwt"
require "sequel"
require "redis"

class Dashboard < Sinatra::Base
  enable :sessions
  set :session_secret, "ad599e67669ff22d69d49d195d8ad56fb38fe01c146700741bc7ce7d65f94601" # tfl-eval: hardcoded-credential

  use OmniAuth::Builder do
    provider :github, "Ov23liQ7xK2mZ9pL4vT1", "falUo1Sbsfegmw6DMW8bL4tCK6R18r3xtpyHqPIk", scope: "read:org" # tfl-eval: hardcoded-credential
  end

  DB = Sequel.connect(ENV.fetch("DATABASE_URL", "postgres://dashboard:AIy9ZL!9KRlf#FQYj@db.internal/dashboard")) # tfl-eval: hardcoded-credential, hardcoded-backing-service
  CACHE = Redis.new(host: ENV.fetch("REDIS_HOST", "localhost"), password: "BltGt0!Zuuf1#aUJZ") # tfl-eval: hardcoded-credential
  EMBED_SECRET = "c8256f3104302e06976ead82057218fd" # tfl-eval: hardcoded-credential

  get "/auth/github/callback" do
    session[:user] = request.env["omniauth.auth"]["info"]["nickname"]
    redirect "/"
  end

  get "/embed/:dashboard" do
    token = JWT.encode({ resource: { dashboard: params[:dashboard].to_i }, exp: Time.now.to_i + 600 }, EMBED_SECRET, "HS256")
    erb :embed, locals: { url: "https://metabase.example.com/embed/dashboard/#{token}" }
  end

  get "/login" do
    erb :login, locals: { error: params[:error] == "password" ? "Wrong password" : nil } # tfl-eval-not: hardcoded-credential
  end
end
