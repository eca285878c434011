class ApiClient < ApplicationRecord
  has_secure_token :ingest_token

  def rotate_webhook_secret!
    update!(webhook_secret: SecureRandom.hex(32)) # tfl-eval-not: per-process-secret
  end

  def issue_otp
    update!(otp_secret: SecureRandom.base32(20), otp_sent_at: Time.current) # tfl-eval-not: per-process-secret
  end
end
