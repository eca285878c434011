class User < ApplicationRecord
  devise :database_authenticatable, :recoverable, :validatable
  enum role: { member: 0, librarian: 1 }
  validates :password, length: { minimum: 10, message: "must be at least 10 characters" }, allow_nil: true
end
