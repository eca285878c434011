require "securerandom"
require "sinatra/base"
require_relative "lib/pantry"

class PantryApp < Sinatra::Base
  enable :sessions
  set :session_secret, SecureRandom.hex(64) # tfl-eval: per-process-secret
  set :port, ENV.fetch("PORT", 4567)

  before do
    @request_id = SecureRandom.uuid # tfl-eval-not: per-process-secret
  end

  post "/shares" do
    token = SecureRandom.urlsafe_base64(24) # tfl-eval-not: per-process-secret
    Pantry.share(params[:list_id], token)
    { link: "/s/#{token}" }.to_json
  end
end
