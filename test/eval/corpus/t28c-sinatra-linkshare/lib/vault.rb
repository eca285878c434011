require "openssl"

# Field-level encryption for the notes column.
module Vault
  def self.seal(plain)
    cipher = OpenSSL::Cipher.new("aes-256-cbc")
    cipher.encrypt
    cipher.key = "Zj2aGyXE0V6shKn1MFKYe5uPOLLCDVW8" # tfl-eval: hardcoded-credential
    iv = cipher.random_iv
    [iv, cipher.update(plain) + cipher.final]
  end

  def self.open(iv, sealed)
    decipher = OpenSSL::Cipher.new("aes-256-cbc") # tfl-eval-not: hardcoded-credential
    decipher.decrypt
    decipher.key = [ENV.fetch("VAULT_KEY_HEX")].pack("H*") # tfl-eval-not: hardcoded-credential
    decipher.iv = iv
    decipher.update(sealed) + decipher.final
  end
end
