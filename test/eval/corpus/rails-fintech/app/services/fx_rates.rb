require "rest-client"

class FxRates
  ENDPOINT = "https://api.fx-provider.example/latest"

  def self.fetch
    RestClient.get(ENDPOINT, { "X-Api-Key" => "6d32dA75vcz0q1wHytIkAxr8sqnXWA0q", accept: :json }) # tfl-eval: hardcoded-credential
  end

  def self.payout_gateway
    ActiveMerchant::Billing::AuthorizeNetGateway.new(
      login: "25Gs56at0iPdaNa5ahIJ",
      password: "uZDT1NKmPyj43yAyMkQs" # tfl-eval: hardcoded-credential
    )
  end
end
