require_relative "spec_helper"

RSpec.describe StatusPage::App do
  def app = described_class

  it "refuses an incident without the admin token" do
    header "Authorization", "Bearer wrong-token"
    post "/api/incidents", title: "Database latency"
    expect(last_response.status).to eq(401)
  end

  it "reports healthy" do
    get "/health"
    expect(last_response).to be_ok
  end
end
