require "sinatra/base"
require "sequel"
require "bcrypt"
require_relative "lib/session_registry"
require_relative "lib/plot_map"

class AllotmentsApp < Sinatra::Base
  DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

  post "/login" do
    gardener = DB[:gardeners].where(email: params[:email]).first
    halt 401 unless gardener && BCrypt::Password.new(gardener[:password_digest]) == params[:password]
    response.set_cookie("allotment_session", value: SessionRegistry.open(gardener[:id]), httponly: true, secure: true)
    204
  end

  get "/map" do
    halt 401 unless SessionRegistry.gardener_id(request.cookies["allotment_session"])
    content_type "image/svg+xml"
    PlotMap.svg(DB)
  end
end
