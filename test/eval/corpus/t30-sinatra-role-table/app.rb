require "sinatra"
require "sinatra/activerecord"
require_relative "lib/models"

# Role names by id, filled from the roles table; every visitor sees the same table.
USER_ROLES = {} # tfl-eval-not: memory-session-store
# Who is signed in on this process, by their id.
ONLINE_USERS = {} # tfl-eval: memory-session-store

get "/roles" do
  Role.order(:name).pluck(:id, :name).each { |id, name| USER_ROLES[id] = name }
  json USER_ROLES
end

post "/heartbeat" do
  user = User.find(session[:user_id])
  ONLINE_USERS[user.id] = Time.now
  204
end
