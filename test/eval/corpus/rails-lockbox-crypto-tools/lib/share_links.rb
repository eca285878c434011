require "gibberish"
require "rbnacl"

module ShareLinks
  CIPHER = Gibberish::AES.new("6pOTyhXpH9UIQ6rP593bs48Q") # tfl-eval: hardcoded-credential
  BOX = RbNaCl::SecretBox.new(["2e85b9d387aa2c8a43baf96797b458957eacb455eb6ae982ad920d01bbbdd40a"].pack("H*")) # tfl-eval: hardcoded-credential

  def self.token_for(record_id)
    CIPHER.encrypt(record_id.to_s)
  end

  def self.sealed(payload)
    nonce = RbNaCl::Random.random_bytes(BOX.nonce_bytes) # tfl-eval-not: hardcoded-credential
    nonce + BOX.encrypt(nonce, payload)
  end
end
