require "sinatra/base"
require "sinatra/json"
require "rack/session"
require_relative "lib/statuspage/db"
require_relative "lib/statuspage/checks"

module StatusPage
  class App < Sinatra::Base
    configure do
      set :logging, true
      set :sessions, false
      use Rack::Session::Cookie, key: "statuspage.session", secret: ENV.fetch("SESSION_SECRET"), same_site: :lax
    end

    get "/health" do
      json status: "ok"
    end

    get "/api/components" do
      json DB[:components].order(:position).all
    end

    post "/api/incidents" do
      halt 401, json(error: "invalid token") unless request.env["HTTP_AUTHORIZATION"] == "Bearer #{ENV.fetch('ADMIN_TOKEN')}"
      id = DB[:incidents].insert(title: params[:title], status: "investigating", created_at: Time.now)
      json id: id
    end
  end
end
