class Account < ApplicationRecord
  has_secure_password validations: false # tfl-eval-not: hardcoded-credential
  encrypts :routing_number
  attr_encrypted :tax_id, key: ENV.fetch("TAX_ID_ENCRYPTION_KEY") # tfl-eval-not: hardcoded-credential

  validates :password, length: { in: 12..128 }, allow_nil: true # tfl-eval-not: hardcoded-credential

  def valid_api_token?(candidate)
    ActiveSupport::SecurityUtils.secure_compare(api_token, candidate) # tfl-eval-not: hardcoded-credential
  end

  def regenerate_api_token!
    update!(api_token: SecureRandom.hex(32)) # tfl-eval-not: hardcoded-credential
  end
end
