# frozen_string_literal: true

require "faraday"

module Ledger
  class Client
    def initialize(token: Settings.ledger_api)
      @http = Faraday.new(url: ENV.fetch("LEDGER_API_URL", "http://localhost:4000")) do |f|
        f.request :authorization, "Bearer", token
      end
    end

    def balances
      @http.get("/v1/balances").body
    end
  end
end
