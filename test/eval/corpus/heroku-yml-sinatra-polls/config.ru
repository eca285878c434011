require "sinatra/base"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

class Polls < Sinatra::Base
  use Rack::Session::Cookie, secret: ENV.fetch("SESSION_SECRET"), same_site: :lax

  get "/polls" do
    content_type :json
    DB[:polls].all.to_json
  end
end

run Polls
