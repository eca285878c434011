require "twilio-ruby"

module Notifier
  class Sms
    FROM = "+15005550006"

    def initialize(client: Twilio::REST::Client.new("ACbf114f0cd0eac13dae353c7e25d7071c", "8b61de8267d1a1944b953f30cd83fb7b")) # tfl-eval: hardcoded-credential
      @client = client
    end

    def deliver(to, text)
      @client.messages.create(from: FROM, to: to, body: text)
    end
  end

  # Sub-account used for the on-call rota; authenticates with an API key pair.
  class OnCallSms < Sms
    def initialize
      super(client: Twilio::REST::Client.new("SKf58d43d58d0baa3f764086cc831a50f0", "fac54b895a2047cc8132bf707f4d66e7", "ACbf114f0cd0eac13dae353c7e25d7071c")) # tfl-eval: hardcoded-credential
    end
  end
end
