require 'net/http'
require 'json'

SHOP_API = URI('https://shop.example.com/admin/reports/daily.json')

SCHEDULER.every '5m', first_in: 0 do |_job|
  http = Net::HTTP.new(SHOP_API.host, SHOP_API.port)
  http.use_ssl = true
  request = Net::HTTP::Get.new(SHOP_API.request_uri)
  request.basic_auth('dashboard', 'fhisg776!XVZn4ul') # tfl-eval: hardcoded-credential
  report = JSON.parse(http.request(request).body)

  send_event('revenue', current: report['revenue_cents'] / 100)
  send_event('orders', current: report['orders'])
end

SCHEDULER.every '1h', first_in: 0 do |_job|
  uri = URI("https://api.stripe.com/v1/balance")
  request = Net::HTTP::Get.new(uri)
  request['Authorization'] = "Bearer sk_live_HcnwHdQdaQ5RUc1bDdLH3W6P" # tfl-eval: hardcoded-credential
  response = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(request) }
  send_event('balance', current: JSON.parse(response.body).dig('available', 0, 'amount').to_i / 100)
end
