require "rack/test"
require_relative "../app"

RSpec.describe OpsConsole do
  include Rack::Test::Methods

  def app = OpsConsole

  it "logs in" do
    allow(Clients).to receive(:billing).and_return(RestClient::Resource.new("http://localhost", user: "u", password: "secret")) # tfl-eval-not: hardcoded-credential
    get "/"
    expect(last_response).to be_ok
  end
end
