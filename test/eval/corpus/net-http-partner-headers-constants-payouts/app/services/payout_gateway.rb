require "net/http"
require "json"

class PayoutGateway
  GATEWAY_URL = "https://api.payout-rails.example/v1".freeze
  TRANSFERWISE = "mPH9OD6KA5fcIc1J3oTNPxtjxWruh3fl".freeze # tfl-eval: hardcoded-credential
  LEDGERLY = "XL3CpNxBU80cL0IZd0dxCuegwLvAMe4w" # tfl-eval: hardcoded-credential
  SCHEME = "Bearer".freeze
  CONTENT_TYPE = "application/json".freeze

  def create_payout(amount_cents, recipient_id)
    uri = URI("#{GATEWAY_URL}/payouts")
    request = Net::HTTP::Post.new(uri)
    request["Authorization"] = "Bearer #{TRANSFERWISE}"
    request["Content-Type"] = CONTENT_TYPE
    request.body = { amount: amount_cents, recipient: recipient_id }.to_json
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
  end

  def ledger_entries(account)
    HTTParty.get("https://ledger.books-api.example/accounts/#{account}/entries", headers: { "Authorization" => "Token " + LEDGERLY })
  end

  def refund_status(id)
    token = ENV.fetch("PAYOUT_REFUND_TOKEN")
    HTTParty.get("#{GATEWAY_URL}/refunds/#{id}", headers: { "Authorization" => "#{SCHEME} #{token}" }) # tfl-eval-not: hardcoded-credential
  end
end
