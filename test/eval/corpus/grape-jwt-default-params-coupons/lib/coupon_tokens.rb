require "jwt"
require "openssl"

module CouponTokens
  K = "cT6mWq9xNz3pLv7bRk2hSd5f" # tfl-eval: hardcoded-credential
  ALGORITHM = "HS256"

  module_function

  def encode(payload, key = "Bn3vXk8qTm6wZp2rHc9jLd4s") # tfl-eval: hardcoded-credential
    JWT.encode(payload, key, ALGORITHM)
  end

  def decode(token, key = ENV.fetch("COUPONS_JWT_SECRET"))
    JWT.decode(token, key, true, algorithm: ALGORITHM).first
  end

  def sign(body, key: "Wq5nLz2xRv8mKt3pJc6bHs9d") # tfl-eval: hardcoded-credential
    OpenSSL::HMAC.hexdigest("SHA256", key, body)
  end

  def sign_partner(body)
    OpenSSL::HMAC.hexdigest("SHA256", K, body)
  end

  def cache_key(id, prefix: "coupon:v3")
    "#{prefix}:#{id}"
  end

  def verify(body, signature, key: nil)
    key ||= ENV.fetch("COUPONS_WEBHOOK_SECRET")
    Rack::Utils.secure_compare(OpenSSL::HMAC.hexdigest("SHA256", key, body), signature)
  end
end
