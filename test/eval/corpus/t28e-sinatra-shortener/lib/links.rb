require 'securerandom'

module Links
  def self.shorten(url, owner:)
    { code: SecureRandom.alphanumeric(7), url: url, owner: owner }
  end
end
