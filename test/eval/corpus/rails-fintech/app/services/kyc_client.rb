require "faraday"

class KycClient
  def connection
    @connection ||= Faraday.new(url: "https://api.kyc-vendor.example") do |f|
      f.request :authorization, "Bearer", "qUdLzkuOrwAFlvuTJDm84Ojgx3Wkrl72vdMwWbF0" # tfl-eval: hardcoded-credential
      f.request :json
      f.response :json
    end
  end

  def verify(person)
    connection.post("/v2/checks", person.to_kyc_payload)
  end
end
