require 'sinatra/base'
require 'json'
require_relative 'lib/gateway'

class PaymentsApp < Sinatra::Base
  enable :sessions
  set :session_secret, '9590b0aa76b810c7f4fbd5da72c4bcdcbfcb93abe30a93b376ece61f391fd7ca' # tfl-eval: hardcoded-credential
  set :protection, except: :json_csrf

  WEBHOOK_SIGNING_SECRET = ENV.fetch('WEBHOOK_SIGNING_SECRET') # tfl-eval-not: hardcoded-credential
  ADMIN_PASSWORD = 'Ember4685%xit' # tfl-eval: hardcoded-credential
  PASSWORD_PARAM = :password # tfl-eval-not: hardcoded-credential

  helpers do
    def authorized?
      auth = Rack::Auth::Basic::Request.new(request.env)
      auth.provided? && auth.basic? && auth.credentials == ['admin', ADMIN_PASSWORD]
    end
  end

  before '/api/*' do
    token = request.env['HTTP_AUTHORIZATION'].to_s.sub('Bearer ', '') # tfl-eval-not: hardcoded-credential
    halt 401, { error: 'Invalid token' }.to_json unless Gateway.valid_token?(token) # tfl-eval-not: hardcoded-credential
  end

  post '/login' do
    if params[:password] == 'reset' # tfl-eval-not: hardcoded-credential
      redirect '/password/reset'
    end
    session[:user] = params[:username]
    redirect '/'
  end
end
