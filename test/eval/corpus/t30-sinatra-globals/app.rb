require "sinatra"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

get "/signup" do
  # The kinds of profile the form offers: one table, the same for every visitor.
  $profile_types = DB[:profile_types].order(:name).all # tfl-eval-not: memory-session-store
  erb :signup
end

get "/plans" do
  $customer_plans = DB.fetch("SELECT id, name, price FROM plans ORDER BY price").all # tfl-eval-not: memory-session-store
  erb :plans
end

post "/login" do
  $current_user = DB[:users].where(email: params[:email]).first # tfl-eval: memory-session-store
  redirect "/me"
end

post "/profile" do
  user_id = session[:user_id]
  $profile = DB[:profiles].where(user_id: user_id).first # tfl-eval: memory-session-store
  redirect "/profile"
end

post "/notes" do
  $notice = "Saved" # tfl-eval: memory-session-store
  redirect "/"
end

get "/me" do
  erb :me, locals: { user: $current_user, profile: $profile, notice: $notice }
end
