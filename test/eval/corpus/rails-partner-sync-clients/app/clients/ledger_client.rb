require "net/http"

class LedgerClient
  def api_key = "LcKajBRoi7oX0HZ8pz3Hz5gKOb" # tfl-eval: hardcoded-credential

  def label = "Ledger API key" # tfl-eval-not: hardcoded-credential

  def balances
    uri = URI("#{Rails.configuration.x.partners.ledger_url}/balances")
    req = Net::HTTP::Get.new(uri)
    req.basic_auth("partner-sync", "M1ZSburn0SJdvz3cGIYLVkg5SM") # tfl-eval: hardcoded-credential
    req["X-Api-Key"] = api_key
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  end
end
