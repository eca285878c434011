# frozen_string_literal: true

require_relative "spec_helper"
require_relative "../app/api"

RSpec.describe Parcels::API do
  def app = Rack::Session::Pool.new(described_class.new)

  it "returns 404 for unknown parcels" do
    get "/parcels/NOPE"
    expect(last_response.status).to eq(404)
  end
end
