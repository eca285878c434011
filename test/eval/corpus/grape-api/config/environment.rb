require 'sequel'
require 'mail'

DB = Sequel.connect(adapter: 'postgres', host: ENV['DB_HOST'], database: 'inventory', user: 'inventory', password: 'Summit895_qt7') # tfl-eval: hardcoded-credential

Mail.defaults do
  delivery_method :smtp, address: 'smtp.mailgun.org', port: 587, user_name: 'postmaster@mg.inventory.example', password: '88b50951ac52ea9b3b205692975dcc4e-4ce351d6-486cdc2c' # tfl-eval: hardcoded-credential, hardcoded-backing-service
end

Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:6ohaQ0szUOcxICrxvNrMSCzy@redis.internal:6379/2' } # tfl-eval: hardcoded-credential, hardcoded-backing-service
end
