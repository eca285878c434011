class LeverClient
  include HTTParty
  base_uri "https://api.lever.co/v1"
  basic_auth "Lv9Qx2Tm7Kp4Wz8Rb3Nc6Hj1", "" # tfl-eval: hardcoded-credential

  def opportunities(posting_id)
    self.class.get("/opportunities", query: { posting_id: posting_id })
  end
end
