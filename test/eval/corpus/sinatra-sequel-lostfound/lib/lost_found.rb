require "sinatra/base"
require "redis"
require "rack/session"

# Items handed in at the front desk, and the claims that match them.
DB.create_table?(:items) do # tfl-eval: startup-migration
  primary_key :id
  String :description, null: false
  String :found_at
  DateTime :handed_in_at
end

class LostFound < Sinatra::Base
  use Rack::Session::Cookie, key: "lostfound", secret: ENV.fetch("SESSION_SECRET") # tfl-eval-not: memory-session-store,hardcoded-credential

  REDIS = Redis.new(host: "redis.lostfound.internal", port: 6379) # tfl-eval: hardcoded-backing-service
  CATEGORIES = %w[keys wallet phone umbrella other].freeze # tfl-eval-not: memory-session-store

  post "/claims/:item_id" do
    session[:claimant] = params[:email]
    REDIS.incr("claims:#{params[:item_id]}")
    status 202
  end

  get "/items" do
    content_type :json
    DB[:items].order(Sequel.desc(:handed_in_at)).limit(50).all.to_json
  end
end
