require "sinatra/base"
require "sinatra/activerecord"
require "redis"

class NotesApp < Sinatra::Base
  register Sinatra::ActiveRecordExtension

  configure :development do
    set :database, { adapter: "postgresql", host: "localhost", database: "notes_dev" } # tfl-eval-not: hardcoded-backing-service
    set :redis, Redis.new(host: "127.0.0.1", port: 6379) # tfl-eval-not: hardcoded-backing-service
  end

  configure :development, :test do
    set :search_url, "http://192.168.1.20:9200" # tfl-eval-not: hardcoded-backing-service
  end

  configure(:test) do
    set :database, { adapter: "postgresql", host: "localhost", database: "notes_test" } # tfl-eval-not: hardcoded-backing-service
  end

  configure :production do
    set :database, ENV.fetch("DATABASE_URL")
    set :redis, Redis.new(host: "cache.notes.internal") # tfl-eval: hardcoded-backing-service
  end

  get "/notes" do
    json Note.order(created_at: :desc).limit(50)
  end
end
