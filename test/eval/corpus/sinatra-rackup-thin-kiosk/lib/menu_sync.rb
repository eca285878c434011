require 'net/http'
require 'json'
require 'sequel'

DB = Sequel.connect(ENV.fetch('DATABASE_URL'))
uri = URI(ENV.fetch('MENU_FEED_URL'))

loop do
  items = JSON.parse(Net::HTTP.get(uri))
  DB.transaction { items.each { |i| DB[:menu_items].insert_conflict(target: :sku, update: { available: i['available'] }).insert(sku: i['sku'], name: i['name'], available: i['available'], position: i['position']) } }
  $stdout.puts "synced #{items.size} items"
  sleep Integer(ENV.fetch('MENU_SYNC_INTERVAL', '120'))
end
