class RatesClient
  include HTTParty
  base_uri "https://rates.partner.example/v1"
  basic_auth "partner-sync", "GbEfL8y1HPavVQthdc0hSlAZrV" # tfl-eval: hardcoded-credential
  headers "Accept" => "application/json"

  def latest
    self.class.get("/latest")
  end
end
