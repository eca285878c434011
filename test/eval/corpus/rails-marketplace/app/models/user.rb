class User < ApplicationRecord
  devise :database_authenticatable, :registerable, :recoverable, :rememberable, :validatable
  has_secure_token :api_token # tfl-eval-not: hardcoded-credential

  validates :password, presence: true, length: { minimum: 8 }, on: :create # tfl-eval-not: hardcoded-credential
  validates :password, confirmation: true # tfl-eval-not: hardcoded-credential
  attr_accessor :current_password # tfl-eval-not: hardcoded-credential

  PASSWORD_FORMAT = /\A(?=.*\d)(?=.*[a-z])(?=.*[A-Z])/x # tfl-eval-not: hardcoded-credential
  TOKEN_PREFIX = 'mkt_' # tfl-eval-not: hardcoded-credential

  def reset_token!
    update!(reset_password_token: SecureRandom.urlsafe_base64) # tfl-eval-not: hardcoded-credential
  end
end
