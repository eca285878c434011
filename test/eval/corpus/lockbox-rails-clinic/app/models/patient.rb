class Patient < ApplicationRecord
  has_encrypted :ssn, :date_of_birth
  has_encrypted :insurance_number, key: :insurance_key
  blind_index :email, key: ENV.fetch("PATIENT_EMAIL_BIDX_KEY")

  # Pre-2022 notes were written with attr_encrypted; kept readable until the backfill finishes.
  attr_encrypted :legacy_notes, key: "CIS2yQuPN6oU78ggTQ3wubumCC2J3vPx", algorithm: "aes-256-gcm", mode: :per_attribute_iv # tfl-eval: hardcoded-credential

  validates :password, length: { minimum: 12 }, if: :password_digest_changed?

  def insurance_key
    Rails.application.credentials.dig(:lockbox, :insurance_key)
  end
end
