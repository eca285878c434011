ENV["RACK_ENV"] = "test"
ENV["DATABASE_URL"] ||= "postgres://statuspage:statuspage@localhost/statuspage_test"
ENV["SESSION_SECRET"] ||= "test-session-secret-at-least-64-bytes-long-for-rack-session-cookie-x"
ENV["ADMIN_TOKEN"] ||= "test-admin-token"

require "rack/test"
require "webmock/rspec"
require_relative "../app"

RSpec.configure do |config|
  config.include Rack::Test::Methods
end
