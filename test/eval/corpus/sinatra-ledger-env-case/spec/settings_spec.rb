require_relative "../config/settings"

RSpec.describe Ledger::Settings do
  it "uses a sandbox secret outside production" do
    secret = ENV["CI"] ? ENV["PLAID_SECRET"] : "spec-plaid-secret" # tfl-eval-not: hardcoded-credential
    expect(Ledger::Settings::PLAID[:secret]).not_to be_nil
    expect(secret).to be_a(String)
  end
end
