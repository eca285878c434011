require "redis"
require "sequel"
require "bunny"
require "mongo"

REDIS_HOST = "cache-01.notes.internal" # tfl-eval: hardcoded-backing-service
QUEUE_PORT = 5672

$redis = Redis.new(url: "redis://#{REDIS_HOST}:6379/0")

db_user = ENV.fetch("DB_USER", "notes")
DB = Sequel.connect("postgres://#{db_user}@db.prod.internal:5432/notes") # tfl-eval: hardcoded-backing-service

primary = "10.40.2.18" # tfl-eval: hardcoded-backing-service
QUEUE = Bunny.new("amqp://notes:#{ENV['AMQP_PASSWORD']}@#{primary}:#{QUEUE_PORT}")

HOST = "mongo-3.notes.internal" # tfl-eval: hardcoded-backing-service
EVENTS = Mongo::Client.new("mongodb://#{HOST}:27017/events")

$stats = Redis.new(url: "redis://stats.notes.internal:#{ENV.fetch('STATS_PORT', '6379')}/4") # tfl-eval: hardcoded-backing-service

# Every part from the environment: nothing is fixed in the code.
$sessions = Redis.new(url: "redis://#{ENV.fetch('SESSIONS_REDIS_HOST')}:6379/1") # tfl-eval-not: hardcoded-backing-service

def webhook_url(host)
  "https://#{host}/hooks/notes" # tfl-eval-not: hardcoded-backing-service
end

def shard(host)
  Redis.new(url: "redis://#{host}:6379/2") # tfl-eval-not: hardcoded-backing-service
end

search_host = ENV["SEARCH_HOST"]
SEARCH_URL = "http://#{search_host}:9200" # tfl-eval-not: hardcoded-backing-service
greeting = "Welcome to notes on #{primary}" # tfl-eval-not: hardcoded-backing-service
