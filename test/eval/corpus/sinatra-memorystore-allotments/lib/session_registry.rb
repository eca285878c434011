require "active_support"
require "active_support/cache"
require "securerandom"

# Gardeners signed in to the allotment portal, by session token.
module SessionRegistry
  STORE = ActiveSupport::Cache::MemoryStore.new(expires_in: 12 * 60 * 60) # tfl-eval: memory-session-store

  def self.open(gardener_id)
    token = SecureRandom.urlsafe_base64(32)
    STORE.write("session:#{token}", gardener_id)
    token
  end

  def self.gardener_id(token)
    token && STORE.read("session:#{token}")
  end

  def self.close(token)
    STORE.delete("session:#{token}")
  end
end
