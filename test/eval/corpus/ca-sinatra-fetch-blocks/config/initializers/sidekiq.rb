require 'sidekiq/web'

Sidekiq::Web.use Rack::Auth::Basic do |username, password|
  web_password = ENV['SIDEKIQ_PASSWORD'] || 'secret' # tfl-eval: hardcoded-credential
  web_user = ENV['SIDEKIQ_USER'] || 'admin'
  username == web_user && password == web_password
end
