require "rack/test"
ENV["RACK_ENV"] = "test"
require_relative "../app"

RSpec.describe GlossaryApp do
  include Rack::Test::Methods

  def app = GlossaryApp

  it "returns 404 for an unknown term" do
    get "/terms/nope"
    expect(last_response.status).to eq(404)
  end
end
