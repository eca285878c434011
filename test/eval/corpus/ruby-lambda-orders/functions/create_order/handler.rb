require "json"
require "securerandom"
require_relative "../../lib/orders/repository"

REPOSITORY = Orders::Repository.new

def call(event:, context:)
  body = JSON.parse(event["body"] || "{}")
  order = { "id" => SecureRandom.uuid, "items" => body.fetch("items"), "status" => "pending" }
  REPOSITORY.put(order)
  { statusCode: 201, body: JSON.generate(order) }
rescue KeyError => e
  { statusCode: 422, body: JSON.generate(error: e.message) }
end
