class Driver < ApplicationRecord
  has_secure_password
  has_secure_token :api_token # tfl-eval-not: hardcoded-credential

  validates :password, length: { minimum: 10 }, allow_nil: true # tfl-eval-not: hardcoded-credential
  validates :email, presence: true, uniqueness: true

  PASSWORD_FORMAT = /\A(?=.*\d)(?=.*[a-z])(?=.*[A-Z])/x # tfl-eval-not: hardcoded-credential

  def self.reset_message
    I18n.t('drivers.password_reset.sent') # tfl-eval-not: hardcoded-credential
  end

  def token_expired?
    api_token_status == 'expired' # tfl-eval-not: hardcoded-credential
  end
end
