class OrderStatusesResource < ApplicationResource
  uri "orders/statuses"
  resource_name "Order statuses"
  mime_type "application/json"

  def content
    JSON.generate(Order.statuses.keys)
  end
end
