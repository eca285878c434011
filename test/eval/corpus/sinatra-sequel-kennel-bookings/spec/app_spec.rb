require "rack/test"

RSpec.describe Kennel::App do
  include Rack::Test::Methods

  let(:db_password) { "kennel_test_password" }

  it "answers the health check" do
    get "/healthz"
    expect(last_response.body).to eq("ok")
  end
end
