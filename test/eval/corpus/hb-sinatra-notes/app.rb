require 'sinatra'
require 'mongo'
require 'redis'

mongo_uri = ENV['MONGODB_URI']
DB = Mongo::Client.new(mongo_uri || 'mongodb://127.0.0.1:27017/notes') # tfl-eval-not: hardcoded-backing-service

if settings.production?
  REDIS = Redis.new(url: ENV.fetch('REDIS_URL'))
else
  REDIS = Redis.new(url: 'redis://localhost:6379/2') # tfl-eval-not: hardcoded-backing-service
end

get '/' do
  'ok'
end
