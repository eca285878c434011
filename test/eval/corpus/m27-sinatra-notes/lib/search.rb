require "net/http"

module Search
  def self.client
    Redis.new(host: "10.20.0.8") # tfl-eval: hardcoded-backing-service
  end
end
