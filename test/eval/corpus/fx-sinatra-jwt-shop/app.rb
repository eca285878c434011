require 'sinatra/base'
require_relative 'lib/auth_token'

class ShopApp < Sinatra::Base
  set :sessions, true
  set :session_secret, ENV.fetch('SESSION_SECRET') { SecureRandom.hex(64) }

  post '/login' do
    content_type :json
    { token: AuthToken.issue(user_id: params[:id]) }.to_json
  end
end
