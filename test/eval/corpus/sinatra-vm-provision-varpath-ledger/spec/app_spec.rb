require "rack/test"
ENV["SESSION_SECRET"] ||= "test-only-session-secret-not-used-in-prod"
require_relative "../lib/ledger_app"

RSpec.describe LedgerApp do
  include Rack::Test::Methods
  def app = LedgerApp
  it "reports health" do
    get "/health"
    expect(last_response.body).to eq("ok")
  end
end
