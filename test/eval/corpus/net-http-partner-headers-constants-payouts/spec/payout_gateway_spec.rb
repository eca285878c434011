require "rails_helper"

RSpec.describe PayoutGateway do
  STUB_TOKEN = "spec-transfer-token"

  it "sends the bearer token" do
    stub_request(:post, /payout-rails/).with(headers: { "Authorization" => "Bearer #{STUB_TOKEN}" }) # tfl-eval-not: hardcoded-credential
    described_class.new.create_payout(100, "r_1")
  end
end
