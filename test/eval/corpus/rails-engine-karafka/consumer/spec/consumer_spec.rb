RSpec.describe InvoicePaidConsumer do
  before do
    Settings.config.kafka_password = "test-password"
    stub_const("ENV", ENV.to_h.merge("KAFKA_PASSWORD" => "spec-only"))
  end

  it "marks the invoice paid" do
    expect(described_class::ROM_CONTAINER).to be_a(ROM::Container)
  end
end
