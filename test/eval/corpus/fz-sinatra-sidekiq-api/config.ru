require 'sidekiq/web'
require_relative 'app'

unless ENV['RACK_ENV'] == 'development'
  Sidekiq::Web.use(Rack::Auth::Basic) do |user, password|
    [user, password] == ["admin", "Kq7vRw2p"] # tfl-eval: hardcoded-credential
  end
end

Sidekiq::Web.use(Rack::Auth::Basic) do |user, password|
  [user, password] == [ENV['SIDEKIQ_USER'], ENV['SIDEKIQ_PASSWORD']] # tfl-eval-not: hardcoded-credential
end

run Rack::URLMap.new('/' => App, '/sidekiq' => Sidekiq::Web)
