class RefundOrderTool < ApplicationTool
  description "Refund an order. Requires the support password confirmation step in the UI first."

  arguments do
    required(:order_id).filled(:integer).description("Order to refund")
    optional(:reason).filled(:string).description("Shown to the customer")
  end

  def call(order_id:, reason: "Requested by support")
    order = Order.find(order_id)
    Payments::Refund.new(api_key: ENV.fetch("PAYMENTS_API_KEY")).call(order, reason: reason)
    "Refunded #{order.number}"
  end
end
