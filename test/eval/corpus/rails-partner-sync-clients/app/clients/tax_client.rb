class TaxClient
  def initialize(token: ENV.fetch("TAX_API_TOKEN"))
    @conn = Faraday.new(url: "https://tax.partner.example") do |f|
      f.request :authorization, "Bearer", token
      f.request :authorization, :basic, "tax-sync", "GNWSIxkucq42F03PSsrO8fTAxH" # tfl-eval: hardcoded-credential
      f.response :json
    end
  end

  def quote(order)
    @conn.post("/v2/quotes", order.to_h).body
  end
end
