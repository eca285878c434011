require "json"
require "jwt"
require "openssl"
require "yaml"

module Relay
  ROUTES = YAML.safe_load(<<~YAML)
    github:
      target: https://hooks.relay.internal/github
      secret: AFqFwajNJWUqzqGZYSK1BSJy
    stripe:
      target: https://hooks.relay.internal/stripe
  YAML

  class App
    def call(env)
      req = Rack::Request.new(env)
      body = req.body.read
      expected = OpenSSL::HMAC.hexdigest("SHA256", "Sdcg3pqsAfARx1AWgGmUtXcs", body) # tfl-eval: hardcoded-credential
      return [401, {}, ["bad signature"]] unless Rack::Utils.secure_compare(expected, req.get_header("HTTP_X_SIGNATURE").to_s)

      token = JWT.encode({ sub: "relay", iat: Time.now.to_i }, "CW2yuZoJn85gLXQepruGhjpj", "HS256") # tfl-eval: hardcoded-credential
      [202, { "content-type" => "application/json" }, [{ token: token }.to_json]]
    end

    def settings
      @settings ||= { api_key: ENV.fetch("RELAY_API_KEY"), label: "Relay API key" } # tfl-eval-not: hardcoded-credential
    end

    def fallback_token
      ENV.fetch("RELAY_TOKEN") { "UDVj0vjhuKCahSwqhWIFyUpS" } # tfl-eval: hardcoded-credential
    end
  end
end
