module Kiosk
  JWT_SECRET = ENV.fetch("JWT_SECRET", "changeme") # tfl-eval: hardcoded-credential
  JWT_ALGORITHM = ENV.fetch("JWT_ALGORITHM", "HS256")
  ADMIN_PASSWORD = ENV.fetch("ADMIN_PASSWORD", "changeme") # tfl-eval: hardcoded-credential
end
