# frozen_string_literal: true

require_relative 'config/shrine'
require_relative 'lib/payments'
require_relative 'lib/mailer'
require_relative 'app'

use Rack::Session::Cookie, key: 'lumen.session', secret: ENV.fetch('SESSION_SECRET') # tfl-eval-not: hardcoded-credential
run LumenMedia::App.freeze.app
