require "sinatra"
require "aes"
require "./lib/vault"

# Share links carry the record id, encrypted so that ids cannot be guessed.
post "/share" do
  token = AES.encrypt(params[:id].to_s, "FRZn9zD0ClV5wVmL") # tfl-eval: hardcoded-credential
  "/s/#{CGI.escape(token)}"
end

get "/s/*" do
  id = AES.decrypt(params["splat"][0], "FRZn9zD0ClV5wVmL") # tfl-eval: hardcoded-credential
  Item.find(id).to_json
end

# The export key comes from the environment.
get "/export/:id" do
  AES.encrypt(Item.find(params[:id]).to_json, ENV.fetch("EXPORT_KEY")) # tfl-eval-not: hardcoded-credential
end

get "/preview/:id" do
  # AES.key makes a fresh key; a preview link lives for one request only.
  key = AES.key
  AES.encrypt("preview", key, { format: :plain }) # tfl-eval-not: hardcoded-credential
end
