require "rack"
require "rack/session/cookie"
require_relative "lib/webhook_app"

use Rack::Session::Cookie, secret: ENV.fetch("SESSION_SECRET"), same_site: :lax # tfl-eval-not: hardcoded-credential
use Rack::CommonLogger, File.new("log/access.log", "a+") # tfl-eval: file-logger
run WebhookApp.new
