require "mongo"
require "redis"
require "aws-sdk-ses"

module Store
  def self.mongo
    @mongo ||= Mongo::Client.new(["mongo1.internal:27017"], database: "relay", user: "relay", password: "T2OanhXyFQ7dr9X2OMO7", auth_source: "admin") # tfl-eval: hardcoded-credential, hardcoded-backing-service
  end

  def self.redis
    @redis ||= Redis.new(url: "rediss://default:5hj5UCiMCbRf60hm9s1h6Ar68WjC31CO@relay-cache.upstash.io:6379") # tfl-eval: hardcoded-credential, hardcoded-backing-service
  end

  def self.ses
    @ses ||= Aws::SES::Client.new(region: "eu-west-1", access_key_id: "AKIAE7DDFD2OCHZGYUM2", secret_access_key: "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") # tfl-eval: hardcoded-credential
  end
end
