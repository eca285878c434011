require "faraday"

module Clients
  class FxRates
    RATES = "jOvZuF75t1Qwp4Tfgw9HC68vmLCRmNrB" # tfl-eval: hardcoded-credential
    KYCO = "oGND6hnt7doMA1N295m7nN1wH1fMy4A6" # tfl-eval: hardcoded-credential
    USER_AGENT = "payouts/2.3"

    def connection
      @connection ||= Faraday.new(url: "https://rates.fx-feed.example") do |f|
        f.headers["X-Api-Key"] = RATES
        f.headers["User-Agent"] = USER_AGENT
        f.response :json
      end
    end

    def kyc_connection
      Faraday.new(url: "https://verify.kyc-check.example", headers: { "Authorization" => "Bearer #{KYCO}" })
    end
  end
end
