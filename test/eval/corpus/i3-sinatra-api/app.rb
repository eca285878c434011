require "sinatra/base"
require "ledger_client"

class LedgerApi < Sinatra::Base
  get "/health" do
    "ok"
  end
end
