require "rails_helper"

RSpec.describe "API auth", type: :request do
  let(:user) { create(:user, api_token: "test-api-token-123") }

  it "rejects a wrong token" do
    get "/api/shifts", headers: { "Authorization" => "Token token=invalid" }
    expect(response).to have_http_status(:unauthorized)
  end

  it "accepts the user's token" do
    get "/api/shifts", headers: { "Authorization" => "Token token=#{user.api_token}" }
    expect(response).to have_http_status(:ok)
  end
end
