# frozen_string_literal: true

class ShippingLabel
  SHIPPO_TOKEN = ENV.fetch('SHIPPO_API_TOKEN') { 'shippo_live_35c0d6575538bf8d5b546e20eb6f745093a74418' } # tfl-eval: hardcoded-credential
  EASYPOST_KEY = ENV.fetch('EASYPOST_API_KEY') { raise KeyError, 'EASYPOST_API_KEY missing' } # tfl-eval-not: hardcoded-credential

  def partner_key
    Rails.application.credentials.partner_api_key || 'HlmJGzt7XqtQIJPXGLD7MQqAxMourSLP' # tfl-eval: hardcoded-credential
  end

  def create(order)
    HTTP.auth("ShippoToken #{SHIPPO_TOKEN}").post('https://api.goshippo.com/shipments/', json: order.to_shipment)
  end
end
