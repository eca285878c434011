require "sinatra"
require "json"
require "securerandom"

ORDERS_DIR = File.join(__dir__, "data", "orders")
SHARED_DIR = ENV.fetch("SHARED_DIR", "/mnt/shared")

post "/orders" do
  id = SecureRandom.hex(8)
  File.write(File.join(ORDERS_DIR, "#{id}.json"), JSON.generate(JSON.parse(request.body.read).merge("id" => id))) # tfl-eval: memory-session-store
  status 201
  { id: id }.to_json
end

get "/orders/:id" do
  content_type :json
  File.read(File.join(ORDERS_DIR, "#{params[:id]}.json"))
end

put "/shared/:id" do
  File.write(File.join(SHARED_DIR, "#{params[:id]}.json"), request.body.read) # tfl-eval-not: memory-session-store
  File.read(File.join(SHARED_DIR, "#{params[:id]}.json"))
end
