require "spec_helper"

RSpec.describe ListingFeed do
  STUB_KEY = "spec-portal-key"

  it "sends the key" do
    stub_request(:get, /rental-portal/).with(headers: { "X-Api-Key" => STUB_KEY }) # tfl-eval-not: hardcoded-credential
    ListingFeed.fetch(1)
  end
end
