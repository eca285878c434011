require 'sinatra/base'
require 'securerandom'
require_relative 'config/settings'

class LedgerApp < Sinatra::Base
  session_secret = ENV['SESSION_SECRET']
  session_secret = SecureRandom.hex(64) if session_secret.nil? || session_secret.empty? # tfl-eval-not: per-process-secret

  enable :sessions
  set :session_secret, session_secret

  get '/entries/:id/share' do
    share_token = SecureRandom.urlsafe_base64(24) # tfl-eval-not: per-process-secret
    { token: share_token }.to_json
  end
end
