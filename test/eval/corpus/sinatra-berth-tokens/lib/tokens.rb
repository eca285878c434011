require "jwt"

module Tokens
  ALGORITHM = "HS256".freeze

  def self.issue(user_id)
    JWT.encode({ sub: user_id, exp: Time.now.to_i + 8 * 3600 }, "changeme", ALGORITHM) # tfl-eval: hardcoded-credential
  end

  def self.read(token)
    JWT.decode(token, ENV.fetch("JWT_SECRET"), true, algorithm: ALGORITHM).first
  end
end
