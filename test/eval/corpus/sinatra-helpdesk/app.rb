require "sinatra/base"
require "mail"
require "redis"
require "logger"

class HelpdeskApp < Sinatra::Base
  configure do
    set :session_secret, "b5a6de0c663c00046ee239d92db76df3388b1bd76d0e7ee604ce03418bab4945" # tfl-eval: hardcoded-credential
    set :logger, Logger.new("log/helpdesk.log") # tfl-eval: file-logger
  end

  use Rack::Session::Cookie, key: "helpdesk.session", secret: "352def873865465ec5df4d4e62c5e0986dfcd2a4ebe6d0e262eae8aa4acd314f", expire_after: 86_400 # tfl-eval: hardcoded-credential

  REDIS = Redis.new(url: "redis://default:idoH2oNSxdSKJUWMqyumNQ4P@cache.helpdesk.internal:6379/0") # tfl-eval: hardcoded-credential, hardcoded-backing-service

  Mail.defaults do
    delivery_method :smtp, address: "smtp.sendgrid.net", port: 587, user_name: "apikey", password: "HvLzQtHuz742XV3sS194dcbIpCfbrm1KZOimb2de" # tfl-eval: hardcoded-credential, hardcoded-backing-service
  end

  get "/tickets/:id" do
    halt 401 unless session[:agent_id]
    erb :ticket, locals: { placeholder: "Enter your password" } # tfl-eval-not: hardcoded-credential
  end

  post "/login" do
    agent = Agent.authenticate(params[:email], params[:password]) # tfl-eval-not: hardcoded-credential
    halt 401, "Wrong password" unless agent # tfl-eval-not: hardcoded-credential
    session[:agent_id] = agent.id
    redirect "/"
  end
end
