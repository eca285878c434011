require 'jwt'
require 'openssl'

module Tokens
  def self.issue(user_id)
    JWT.encode({ sub: user_id, exp: Time.now.to_i + 900 }, LEDGER_JWT_SECRET, 'HS256')
  end

  def self.export_signature(body)
    OpenSSL::HMAC.hexdigest('SHA256', EXPORT_SIGNING_KEY, body)
  end
end
