class TokenService
  ALGORITHM = "HS256".freeze
  SIGNING_KEY = "your-jwt-secret-key".freeze # tfl-eval: hardcoded-credential

  def self.issue(user)
    JWT.encode({ sub: user.id, exp: 1.hour.from_now.to_i }, SIGNING_KEY, ALGORITHM)
  end

  def self.issue_kiosk(terminal)
    JWT.encode({ sub: terminal.id }, "your-kiosk-jwt-secret", ALGORITHM) # tfl-eval: hardcoded-credential
  end

  def self.verify(token)
    JWT.decode(token, ENV.fetch("JWT_PUBLIC_KEY"), true, algorithm: "RS256") # tfl-eval-not: hardcoded-credential
  end
end
