require "rack/test"
require_relative "../app"

RSpec.describe "login" do
  include Rack::Test::Methods

  def app = AllotmentsApp

  it "rejects an unknown gardener" do
    post "/login", email: "nobody@example.org", password: "wrong"
    expect(last_response.status).to eq(401)
  end
end
