class User < ApplicationRecord
  devise :database_authenticatable, :recoverable, :rememberable, :validatable, :lockable

  validates :password, length: { minimum: 12 }, if: -> { password.present? }
end
