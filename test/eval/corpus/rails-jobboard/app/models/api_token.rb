class ApiToken < ApplicationRecord
  belongs_to :user
  TOKEN_PREFIX = "jbt_" # tfl-eval-not: hardcoded-credential

  def regenerate!
    raw = TOKEN_PREFIX + SecureRandom.urlsafe_base64(32)
    update!(token_digest: Digest::SHA256.hexdigest(raw))
    raw
  end
end
