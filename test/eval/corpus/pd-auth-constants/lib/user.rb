class User < ApplicationRecord
  has_secure_password
  validates :password, length: { minimum: 12 }, allow_nil: true
  PASSWORD_RESET_SCOPE = "password_reset"
  TOKEN_KIND = "api_token"

  generates_token_for :password_reset, expires_in: 15.minutes do
    password_salt&.last(10)
  end
end
