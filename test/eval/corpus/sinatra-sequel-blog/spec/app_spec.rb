ENV["DATABASE_URL"] ||= "sqlite:/"
require "rack/test"
require_relative "../app"

RSpec.describe Blog do
  include Rack::Test::Methods
  def app = Blog

  it "is healthy" do
    get "/health"
    expect(last_response.body).to eq("ok")
  end
end
