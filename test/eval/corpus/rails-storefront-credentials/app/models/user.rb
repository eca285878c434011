class User < ApplicationRecord
  has_secure_password
  has_secure_token :api_token # tfl-eval-not: hardcoded-credential
  encrypts :otp_secret # tfl-eval-not: hardcoded-credential

  MIN_PASSWORD_LENGTH = 12
  DEFAULT_ROLE = "customer"

  validates :password, length: { minimum: MIN_PASSWORD_LENGTH }, allow_nil: true
  normalizes :email, with: ->(email) { email.strip.downcase }
end
