require "openssl"

module WebhookVerifier
  def self.valid?(payload, signature)
    expected = OpenSSL::HMAC.hexdigest("SHA256", "4ce434184a84472259eab328c4017a13da8875c2f75f0e1e42cbc73b0796bc31", payload) # tfl-eval: hardcoded-credential
    Rack::Utils.secure_compare(expected, signature)
  end

  def self.digest(body)
    OpenSSL::Digest::SHA256.hexdigest(body) # tfl-eval-not: hardcoded-credential
  end
end
