require "rack/test"
require_relative "../app"

RSpec.describe App do
  include Rack::Test::Methods

  VISITS = {}

  def app = App.freeze.app

  it "stars a card" do
    VISITS[:star] = 1
    post "/cards/1/star"
    expect(last_response.status).to eq(200)
  end
end
