require "rails_helper"

RSpec.describe RatesClient do
  before do
    stub_const("ENV", ENV.to_h.merge("STRIPE_SECRET_KEY" => "sk_test_dummy")) # tfl-eval-not: hardcoded-credential
    stub_request(:get, "https://rates.partner.example/v1/latest").with(basic_auth: ["partner-sync", "spec-password"]) # tfl-eval-not: hardcoded-credential
  end

  it "fetches the latest rates" do
    expect(described_class.new.latest).to be_present
  end
end
