# frozen_string_literal: true

require_relative "lib/relay/web"

use Rack::Auth::Basic, "Relay admin" do |username, password|
  username == "relay-admin" && password == "7uMp5ZEArSKba8" # tfl-eval: hardcoded-credential
end

run Relay::Web
