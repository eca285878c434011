require "bcrypt"
require "openssl"

class FirstRunSetup
  SIGNING_KEY = "pngNB5mxWfJxJztC7Q0tbKib" # tfl-eval: hardcoded-credential

  def call
    return if Account.exists?

    Account.create!(login: "admin", password_digest: BCrypt::Password.create("admin"), admin: true) # tfl-eval-not: hardcoded-credential
    Account.create!(login: "demo", password_digest: BCrypt::Password.create("demo1234")) # tfl-eval-not: hardcoded-credential
  end

  def sign(body)
    OpenSSL::HMAC.hexdigest("SHA256", SIGNING_KEY, body)
  end
end
