require 'resque/server'

Resque.redis = 'redis://:Kl33PYO5lboU4AogMtMP8LVc6Ie1@reports-redis.internal:6379/2' # tfl-eval: hardcoded-credential, hardcoded-backing-service

Resque::Server.use(Rack::Auth::Basic) do |user, password|
  user == 'reports' && password == 'wymgv922%YYIxyb0' # tfl-eval: hardcoded-credential
end

Pusher.app_id = '8302102'
Pusher.key = '0126e5aca2bd4244b63d' # tfl-eval-not: hardcoded-credential
Pusher.secret = '9c3d6e7785ea16d2250e' # tfl-eval: hardcoded-credential
Pusher.cluster = 'eu'
