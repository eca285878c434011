require "sinatra"
require "dotenv"
require "json"

Dotenv.load(".env.local", ".env") # tfl-eval-not: hardcoded-credential
Dotenv.load(File.expand_path(".env.example", __dir__)) # tfl-eval: hardcoded-credential

get "/quote" do
  content_type :json
  { source: ENV.fetch("QUOTES_API_URL") }.to_json
end
