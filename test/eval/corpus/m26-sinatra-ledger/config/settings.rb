require 'securerandom'

jwt_secret = ENV['JWT_SECRET']
jwt_secret ||= SecureRandom.hex(32) # tfl-eval-not: per-process-secret
LEDGER_JWT_SECRET = jwt_secret

hmac_secret = ENV['LEDGER_HMAC_SECRET']
unless hmac_secret && !hmac_secret.empty?
  hmac_secret = SecureRandom.hex(32) # tfl-eval-not: per-process-secret
end
LEDGER_HMAC_SECRET = hmac_secret

EXPORT_SIGNING_KEY = SecureRandom.hex(32) # tfl-eval: per-process-secret
