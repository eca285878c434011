require "sinatra"
require "json"

$shoutbox = [] # tfl-eval: memory-session-store

post "/shouts" do
  $shoutbox.push(params[:text])
  redirect "/shouts"
end

get "/shouts" do
  erb :shouts, locals: { shouts: $shoutbox.last(20) }
end
