# frozen_string_literal: true

require "jwt"
require "octokit"
require "openssl"

module GithubApp
  APP_ID = 1_042_317
  CLIENT_ID = "Iv23liXk4Tq9Lw3mPVt6"
  WEBHOOK_SECRET = "814eccbc9bde46ede4615c6bca7f738dc9a5f94a" # tfl-eval: hardcoded-credential

  PRIVATE_KEY = OpenSSL::PKey::RSA.new(ENV.fetch("GITHUB_APP_PRIVATE_KEY").gsub('\n', "\n")) # tfl-eval-not: hardcoded-credential

  def self.jwt
    payload = { iat: Time.now.to_i - 60, exp: Time.now.to_i + (9 * 60), iss: CLIENT_ID }
    JWT.encode(payload, PRIVATE_KEY, "RS256")
  end

  def self.installation_client(installation_id)
    token = Octokit::Client.new(bearer_token: jwt).create_app_installation_access_token(installation_id)[:token]
    Octokit::Client.new(access_token: token)
  end

  def self.verify_webhook!(payload, signature)
    expected = "sha256=#{OpenSSL::HMAC.hexdigest('sha256', WEBHOOK_SECRET, payload)}"
    raise ArgumentError, "invalid signature" unless Rack::Utils.secure_compare(expected, signature.to_s)
  end
end
