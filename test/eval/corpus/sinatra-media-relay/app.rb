require "sinatra/base"
require_relative "config/services"
require_relative "lib/store"

class Relay < Sinatra::Base
  enable :sessions
  set :session_secret, ENV.fetch("SESSION_SECRET") { SecureRandom.hex(64) } # tfl-eval-not: hardcoded-credential

  helpers do
    def protected!
      return if authorized?
      headers["WWW-Authenticate"] = 'Basic realm="Restricted Area"' # tfl-eval-not: hardcoded-credential
      halt 401, "Not authorized\n"
    end

    def authorized?
      @auth ||= Rack::Auth::Basic::Request.new(request.env)
      @auth.provided? && @auth.basic? && @auth.credentials && @auth.credentials == ["admin", "yNNPOAmNWGkptl"] # tfl-eval: hardcoded-credential
    end
  end

  post "/upload" do
    protected!
    result = Cloudinary::Uploader.upload(params[:file][:tempfile])
    Store.redis.lpush("uploads", result["public_id"])
    { id: result["public_id"] }.to_json
  end
end
