require "securerandom"

module Pantry
  def self.share(list_id, token)
    DB[:shares].insert(list_id: list_id, token: token, salt: SecureRandom.hex(8)) # tfl-eval-not: per-process-secret
  end
end
