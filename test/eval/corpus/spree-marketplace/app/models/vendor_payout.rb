class VendorPayout < ApplicationRecord
  belongs_to :vendor, class_name: "Spree::Vendor"
  encrypts :iban
  PAYOUT_TOKEN_PREFIX = "vp_" # tfl-eval-not: hardcoded-credential

  def self.client
    @client ||= Mollie::Client.new(api_key: ENV.fetch("MOLLIE_API_KEY")) # tfl-eval-not: hardcoded-credential
  end
end
