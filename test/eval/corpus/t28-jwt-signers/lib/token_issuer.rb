require 'jwt'

class TokenIssuer
  ALGORITHM = 'HS256'.freeze

  def issue(user)
    payload = { sub: user.id, exp: Time.now.to_i + 3600 }
    JWT.encode(payload, 'C2mhXqEhxmbmwTMuB8b1Ny1c_mhrS1qK', ALGORITHM) # tfl-eval: hardcoded-credential
  end

  def issue_from_env(user)
    JWT.encode({ sub: user.id }, ENV.fetch('JWT_SECRET'), 'HS256') # tfl-eval-not: hardcoded-credential
  end

  def unsigned(user)
    JWT.encode({ sub: user.id, iss: 'billing-api' }, nil, 'none') # tfl-eval-not: hardcoded-credential
  end
end
