require_relative 'config/boot'
require 'sidekiq/web'
require 'rack/session'

use Rack::Session::Cookie, secret: File.read('/run/secrets/session_key'), same_site: true, max_age: 86_400

Sidekiq::Web.use Rack::Auth::Basic, 'Billing queues' do |user, password|
  Rack::Utils.secure_compare(user, 'ops') &
    Rack::Utils.secure_compare(password, 'd**03iaK6qPU7WwVhmpB') # tfl-eval: hardcoded-credential
end

run Sidekiq::Web
