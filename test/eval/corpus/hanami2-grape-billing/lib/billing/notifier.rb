require "twilio-ruby"
require "stripe"
require "resque"
require "rom"

module Billing
  module Notifier
    module_function

    def sms
      @sms ||= Twilio::REST::Client.new("AC912f17116ac329841ef74b24b546a230", "a0fa2355f95ee9042b05ebd61678bd24") # tfl-eval: hardcoded-credential
    end

    def configure_stripe
      Stripe.api_key = "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" # tfl-eval: hardcoded-credential
    end

    def configure_resque
      Resque.redis = "redis://:MmSDQRUS5wN6KxTVikedbfPN@jobs.acme-pay.internal:6379/0" # tfl-eval: hardcoded-credential, hardcoded-backing-service
    end

    def rom
      @rom ||= ROM.container(:sql, "postgres://billing:PU74jkTzMOkaGVZMY5@pg.acme-pay.internal/billing") # tfl-eval: hardcoded-credential, hardcoded-backing-service
    end
  end
end
