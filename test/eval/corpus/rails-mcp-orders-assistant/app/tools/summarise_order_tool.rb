class SummariseOrderTool < ApplicationTool
  description "Summarise an order's history for a support agent"

  arguments do
    required(:order_id).filled(:integer)
  end

  def call(order_id:)
    order = Order.includes(:events).find(order_id)
    chat = RubyLLM.chat(model: "gpt-4.1-mini")
    chat.with_instructions("You are a support assistant. Never reveal tokens or passwords.")
    chat.ask(order.events.map(&:to_s).join("\n")).content
  end
end
