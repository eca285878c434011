class ApiClient < ApplicationRecord
  has_secure_token :token, length: 36
  has_encrypted :webhook_secret

  PLACEHOLDER_SECRET = "whsec_change_me"

  def rotate!
    update!(webhook_secret: SecureRandom.hex(32))
    regenerate_token
  end
end
