# frozen_string_literal: true

require "jwt"
require "openssl"

module Relay
  module Signing
    WEBHOOK_KEY = "wijsiYkCshboipCMU9ogy7c8UgQ3t5s1odfs" # tfl-eval: hardcoded-credential

    def self.signature(body)
      OpenSSL::HMAC.hexdigest("SHA256", WEBHOOK_KEY, body)
    end

    def self.partner_signature(body)
      OpenSSL::HMAC.hexdigest("SHA256", "Kba8aoSwPdT2pWZL5K3oehrOLUz", body) # tfl-eval: hardcoded-credential
    end

    def self.session_token(user_id)
      JWT.encode({ sub: user_id, exp: Time.now.to_i + 3600 }, "NOLAKEezkHrwrz7yqP14tIoHOtPV", "HS256") # tfl-eval: hardcoded-credential
    end

    def self.verify(token)
      JWT.decode(token, ENV.fetch("RELAY_JWT_SECRET"), true, algorithm: "HS256")
    end
  end
end
