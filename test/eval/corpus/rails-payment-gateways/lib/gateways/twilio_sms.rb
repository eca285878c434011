# frozen_string_literal: true

require "twilio-ruby"

module Gateways
  class TwilioSms
    ACCOUNT_SID = "AC1aefb57c78074a2b9cc79967fa5a046d"

    def initialize
      @client = Twilio::REST::Client.new(ACCOUNT_SID, "dadf8210071e33d35d838135f5ee0191") # tfl-eval: hardcoded-credential
    end

    def deliver(to:, body:)
      @client.messages.create(from: "+15005550006", to: to, body: body)
    end
  end
end
