require "sinatra/activerecord"

# Local database for hacking on the board; production reads DATABASE_URL.
configure :development do
  set :database, {
    adapter: "postgresql",
    database: "tasks_dev",
    username: "tasks",
    password: "kettle-drum-42", # tfl-eval-not: hardcoded-credential
  }
end

configure :test do
  ActiveRecord::Base.establish_connection(adapter: "postgresql", database: "tasks_test", username: "tasks", password: "pinecone7") # tfl-eval-not: hardcoded-credential
end

configure(:development, :test) do
  set :admin_password, "lantern-walk" # tfl-eval-not: hardcoded-credential
end

configure :production do
  set :database, ENV.fetch("DATABASE_URL")
end
