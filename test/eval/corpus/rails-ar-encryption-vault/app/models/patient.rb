class Patient < ApplicationRecord
  has_encrypted :ssn, :diagnosis
  blind_index :email
  encrypts :phone, deterministic: true
  attr_encrypted :insurance_number, key: "9e972fc1bcb1cec05f53ebee0977335ad724e7befeceb5c2de59b20bfbdda1db" # tfl-eval: hardcoded-credential
  attr_encrypted :notes, key: ENV.fetch("NOTES_KEY") # tfl-eval-not: hardcoded-credential

  has_secure_password
  validates :password, length: { minimum: 12 }, allow_nil: true # tfl-eval-not: hardcoded-credential
end
