# frozen_string_literal: true

RSpec.describe Relay::Signing do
  it "signs bodies with the webhook key" do
    stub_const("Relay::Signing::WEBHOOK_KEY", "test-webhook-key")
    expect(described_class.signature("{}")).to match(/\A\h{64}\z/)
  end
end
