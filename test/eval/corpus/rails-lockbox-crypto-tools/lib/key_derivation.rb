require "openssl"

module KeyDerivation
  SALT = ["b1901e132b0ac4e07ddce4f6fef3c0d9"].pack("H*")

  # The kiosk app's offline key, the same on every device.
  KIOSK_KEY = OpenSSL::PKCS5.pbkdf2_hmac("Srs0bKStBkfKgD4iTH75RO4z", SALT, 20_000, 32, "sha256") # tfl-eval: hardcoded-credential

  def self.user_key(password, salt)
    OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 210_000, 32, "sha256") # tfl-eval-not: hardcoded-credential
  end

  def self.label
    "PBKDF2-HMAC-SHA256" # tfl-eval-not: hardcoded-credential
  end
end
