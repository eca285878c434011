require "roda"
require_relative "database"

class App < Roda
  plugin :json

  route do |r|
    r.get "notes" do
      Database.connection[:notes].order(Sequel.desc(:created_at)).limit(20).all
    end
  end
end
