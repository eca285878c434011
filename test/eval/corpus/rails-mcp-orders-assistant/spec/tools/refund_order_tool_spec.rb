require "rails_helper"

RSpec.describe RefundOrderTool do
  let(:api_key) { "test-payments-key" }

  before { stub_const("ENV", ENV.to_h.merge("PAYMENTS_API_KEY" => api_key)) }

  it "refunds the order" do
    order = create(:order)
    expect(described_class.new.call(order_id: order.id)).to include(order.number)
  end
end
