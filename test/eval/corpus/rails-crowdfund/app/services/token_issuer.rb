require "jwt"

class TokenIssuer
  ALGORITHM = "HS256"

  def self.issue(user)
    payload = { sub: user.id, exp: 24.hours.from_now.to_i }
    JWT.encode(payload, "eiPsaDP5bkAislSBQqHgZXs6hBpazNmw", ALGORITHM) # tfl-eval: hardcoded-credential
  end

  def self.decode(token)
    JWT.decode(token, Rails.application.credentials.jwt_secret, true, algorithm: ALGORITHM) # tfl-eval-not: hardcoded-credential
  end
end
