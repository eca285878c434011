require "rack"
require "rack/session"
require_relative "lib/relay/app"

use Rack::Session::Cookie, key: "relay.session", secret: "9vbJQVVWvIqc7QQam8hmVIo0wbq4Q2ONPuhKfw59osPcjBcc" # tfl-eval: hardcoded-credential
use Rack::Auth::Basic, "Relay admin" do |user, password|
  user == "relay-admin" && password == "IiW3YGqm97Ufpt2WAI05X6f7" # tfl-eval: hardcoded-credential
end
run Relay::App.new
