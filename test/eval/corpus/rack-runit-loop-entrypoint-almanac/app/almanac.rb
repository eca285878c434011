# frozen_string_literal: true

require "roda"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

class Almanac < Roda
  plugin :json

  route do |r|
    r.get "entries", Integer do |id|
      DB[:entries].where(id: id).first
    end
  end
end
