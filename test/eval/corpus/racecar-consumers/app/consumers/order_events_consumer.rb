# frozen_string_literal: true

class OrderEventsConsumer < Racecar::Consumer
  subscribes_to 'orders.events'

  WAREHOUSE_API = 'https://wms.kestrel-logistics.eu/api/v2'
  WAREHOUSE_TOKEN = 'wms_cHt82zijNJUlLKfcJKJXD7iDc26HqnwiI6L4Cxud' # tfl-eval: hardcoded-credential

  def process(message)
    event = JSON.parse(message.value)
    return unless event['type'] == 'order.paid'

    HTTP.auth("Bearer #{WAREHOUSE_TOKEN}")
        .post("#{WAREHOUSE_API}/pick-lists", json: { order_id: event['order_id'], lines: event['lines'] })
  end
end
