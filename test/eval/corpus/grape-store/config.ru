require "rack/session"
require_relative "lib/api"

use Rack::Session::Cookie, secret: ENV.fetch("SESSION_SECRET")  # tfl-eval-not: memory-session-store
run Shop::API
