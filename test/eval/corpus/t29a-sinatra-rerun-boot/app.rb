require "sinatra/base"
require "sinatra/activerecord"
require_relative "config/database"

class TravelApp < Sinatra::Base
  register Sinatra::ActiveRecordExtension

  get "/trips" do
    content_type :json
    Trip.order(:starts_on).limit(20).to_json
  end
end

class Trip < ActiveRecord::Base; end
