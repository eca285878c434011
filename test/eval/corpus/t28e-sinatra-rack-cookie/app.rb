require 'sinatra'

use Rack::Session::Cookie, key: 'tracker.session', secret: ENV['SESSION_SECRET'] # tfl-eval-not: per-process-secret

get '/' do
  session[:seen] = true
  'hello'
end
