class Shift < ApplicationRecord
  has_many :shift_signups, dependent: :destroy
  has_secure_token :signup_token

  enum status: { open: "open", full: "full", cancelled: "cancelled" }

  scope :upcoming, -> { where("starts_at > ?", Time.current).order(:starts_at) }
end
