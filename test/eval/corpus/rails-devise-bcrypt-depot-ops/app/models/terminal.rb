# A handheld scanner on the loading dock; it signs in with a PIN stored as a bcrypt digest.
class Terminal < ApplicationRecord
  def pin=(plain)
    self.pin_digest = BCrypt::Password.create(plain) # tfl-eval-not: hardcoded-credential
  end

  def authenticate(plain)
    BCrypt::Password.new(pin_digest) == plain
  end
end
