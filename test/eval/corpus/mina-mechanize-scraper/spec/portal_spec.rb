# frozen_string_literal: true

RSpec.describe Scraper::Portal do
  it "logs in with the portal account" do
    agent = instance_double(Mechanize, add_auth: nil)
    allow(Mechanize).to receive(:new).and_return(agent)
    described_class.new.agent
    expect(agent).to have_received(:add_auth).with(described_class::PORTAL_URL, "acme-buyer", anything)
  end
end
