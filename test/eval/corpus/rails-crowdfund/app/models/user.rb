class User < ApplicationRecord
  has_secure_password
  has_secure_token :api_token

  validates :password, length: { minimum: 12 }, if: -> { password.present? } # tfl-eval-not: hardcoded-credential
  validates :password_confirmation, presence: true, on: :create # tfl-eval-not: hardcoded-credential

  DEFAULT_ROLE = "backer"
  PASSWORD_RESET_WINDOW = 2.hours # tfl-eval-not: hardcoded-credential

  def reset_token_expired?
    reset_password_sent_at < PASSWORD_RESET_WINDOW.ago
  end
end
