module Outfitters
  module UserDecorator
    PASSWORD_MIN_LENGTH = 12 # tfl-eval-not: hardcoded-credential

    def self.prepended(base)
      base.validates :password, length: { minimum: PASSWORD_MIN_LENGTH }, if: :password_required?
    end

    def generate_api_key!
      update!(spree_api_key: SecureRandom.hex(24)) # tfl-eval-not: hardcoded-credential
    end

    Spree.user_class.prepend self
  end
end
