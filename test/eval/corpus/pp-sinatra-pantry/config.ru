require "securerandom"
require_relative "app"

use Rack::Session::Cookie, key: "pantry.session", secret: SecureRandom.hex(64) # tfl-eval: per-process-secret
run PantryApp
