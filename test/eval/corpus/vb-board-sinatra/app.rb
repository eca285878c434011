require "sinatra/base"
require "json"

class BoardApp < Sinatra::Base
  TOPICS = %w[general jobs events].freeze # tfl-eval-not: memory-session-store
  @@posts = [] # tfl-eval: memory-session-store
  HELPERS = [] # tfl-eval-not: memory-session-store

  HELPERS << :markdown
  HELPERS << :escape

  post "/posts" do
    data = JSON.parse(request.body.read)
    @@posts << { "title" => data["title"], "topic" => data["topic"], "at" => Time.now.utc }
    status 201
  end

  get "/posts" do
    content_type :json
    @@posts.select { |p| params[:topic].nil? || p["topic"] == params[:topic] }.to_json
  end

  get "/topics" do
    content_type :json
    TOPICS.to_json
  end

  get "/stats" do
    titles = [] # tfl-eval-not: memory-session-store
    @@posts.each { |p| titles << p["title"] }
    { count: titles.size }.to_json
  end
end
