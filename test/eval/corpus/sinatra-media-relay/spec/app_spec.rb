require "rack/test"
require_relative "../app"

RSpec.describe Relay do
  include Rack::Test::Methods
  def app = Relay

  it "rejects without credentials" do
    basic_authorize "admin", "wrong" # tfl-eval-not: hardcoded-credential
    post "/upload"
    expect(last_response.status).to eq(401)
  end
end
