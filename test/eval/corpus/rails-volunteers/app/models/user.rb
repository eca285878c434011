class User < ApplicationRecord
  devise :database_authenticatable, :registerable, :recoverable, :rememberable, :validatable

  PASSWORD_FORMAT = /\A(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{10,}\z/
  ROLES = %w[volunteer coordinator admin].freeze

  has_many :shift_signups, dependent: :destroy
  validates :password, format: { with: PASSWORD_FORMAT, message: "needs a digit, a lower and an upper case letter" }, if: :password_required?
  validates :role, inclusion: { in: ROLES }

  def api_token_digest
    Digest::SHA256.hexdigest(api_token.to_s)
  end
end
