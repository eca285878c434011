require 'jwt'

module AuthToken
  ALGORITHM = 'HS256'.freeze

  def self.issue(payload)
    JWT.encode(payload.merge(exp: Time.now.to_i + 3600), "test", ALGORITHM) # tfl-eval: hardcoded-credential
  end

  def self.decode(token)
    JWT.decode(token, "test", true, algorithm: ALGORITHM).first # tfl-eval: hardcoded-credential
  end

  def self.decode_with_env(token)
    JWT.decode(token, ENV.fetch('JWT_SECRET'), true, algorithm: ALGORITHM).first # tfl-eval-not: hardcoded-credential
  end
end
