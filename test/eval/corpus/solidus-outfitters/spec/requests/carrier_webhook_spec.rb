require "rails_helper"

RSpec.describe "Carrier webhook", type: :request do
  let(:secret) { "whsec-test-carrier" } # tfl-eval-not: hardcoded-credential

  before { allow(Rails.application.credentials).to receive(:dig).with(:shipengine, :webhook_secret).and_return(secret) }

  it "accepts a signed update" do
    body = { tracking_number: "1Z999AA10123456784", status_code: "DE" }.to_json
    signature = OpenSSL::HMAC.hexdigest("SHA256", secret, body)
    post "/webhooks/carrier", params: body, headers: { "CONTENT_TYPE" => "application/json", "X-ShipEngine-Signature" => signature }
    expect(response).to have_http_status(:accepted)
  end

  it "refuses a wrong signature" do
    post "/webhooks/carrier", params: "{}", headers: { "X-ShipEngine-Signature" => "deadbeef" } # tfl-eval-not: hardcoded-credential
    expect(response).to have_http_status(:unauthorized)
  end
end
