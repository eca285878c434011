require "sinatra"
require "json"
require_relative "lib/json_store"

RESERVATIONS = JsonStore.new(File.join(__dir__, "data", "reservations.json")) # tfl-eval: memory-session-store
ARCHIVE = JsonStore.new(File.join(ENV.fetch("ARCHIVE_DIR"), "reservations.json")) # tfl-eval-not: memory-session-store

post "/reservations" do
  RESERVATIONS.add(JSON.parse(request.body.read))
  status 201
end

get "/reservations" do
  content_type :json
  RESERVATIONS.all.to_json
end
