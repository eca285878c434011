require "httparty"

class LedgerClient
  include HTTParty
  base_uri "https://ledger.partner-bank.example/api/v3"
  headers "Authorization" => "Token token=42f81c1d3567549aedbc5d1474f0c8a927da2187" # tfl-eval: hardcoded-credential

  def balances(account_id)
    self.class.get("/accounts/#{account_id}/balances")
  end
end
