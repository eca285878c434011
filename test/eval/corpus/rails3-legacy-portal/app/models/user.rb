class User < ActiveRecord::Base
  attr_accessible :email, :password, :password_confirmation # tfl-eval-not: hardcoded-credential
  validates :password, length: { minimum: 8 }, allow_nil: true # tfl-eval-not: hardcoded-credential
end
