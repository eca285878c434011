require "sinatra"
require "json"
require_relative "lib/order_store"

STORE = OrderStore.new
SESSIONS_PATH = "sessions.json"

def load_sessions
  File.exist?(SESSIONS_PATH) ? JSON.parse(File.read(SESSIONS_PATH)) : {}
end

post "/login" do
  sessions = load_sessions
  token = SecureRandom.hex(16)
  sessions[token] = params[:email]
  File.open(SESSIONS_PATH, "w") { |f| f.write(sessions.to_json) } # tfl-eval: memory-session-store
  { token: token }.to_json
end

post "/orders" do
  STORE.create(JSON.parse(request.body.read)).to_json
end

get "/orders/:id" do
  STORE.find(params[:id]).to_json
end
