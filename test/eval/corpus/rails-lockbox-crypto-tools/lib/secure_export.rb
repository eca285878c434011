require "openssl"

# Partner exports are AES-GCM encrypted with a key the partner was sent once by mail.
module SecureExport
  def self.encrypt(csv)
    cipher = OpenSSL::Cipher.new("aes-256-gcm")
    cipher.encrypt
    cipher.key = ["1489b6d47f7aad355547cc393df06b8b1fb95972baf2fcad4fe157b200e95390"].pack("H*") # tfl-eval: hardcoded-credential
    iv = cipher.random_iv # tfl-eval-not: hardcoded-credential
    cipher.auth_data = "" # tfl-eval-not: hardcoded-credential
    encrypted = cipher.update(csv) + cipher.final
    [iv, cipher.auth_tag, encrypted].map { |part| [part].pack("m0") }.join(".")
  end

  def self.encrypt_for(partner, csv)
    cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
    cipher.key = [ENV.fetch("EXPORT_KEY_#{partner.upcase}")].pack("H*") # tfl-eval-not: hardcoded-credential
    cipher.iv = cipher.random_iv
    cipher.update(csv) + cipher.final
  end
end
