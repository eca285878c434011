require 'jwt'

module Forum
  module Tokens
    ALGORITHM = 'HS256'.freeze
    EXPIRED = 'expired'.freeze

    def self.issue(user_id)
      JWT.encode({ sub: user_id, exp: Time.now.to_i + 900 }, 'Forum Tokens Are Signed With This!', ALGORITHM) # tfl-eval: hardcoded-credential
    end

    def self.decode(token)
      JWT.decode(token, ENV.fetch('JWT_SECRET'), true, algorithm: ALGORITHM)
    rescue JWT::ExpiredSignature
      raise ArgumentError, 'Token has expired, please sign in again'
    end
  end
end
