require "sinatra"
require "sinatra/activerecord"

enable :sessions # tfl-eval: per-process-secret
set :database, { adapter: "sqlite3", database: ENV.fetch("DATABASE_PATH", "db/app.sqlite3") }

PAGE_SIZE = 20 # tfl-eval-not: memory-session-store

class Movie < ActiveRecord::Base
  validates :name, presence: true
end

before do
  session[:user_id] ||= 1
  @user_id = session[:user_id].to_i
end

get "/movies" do
  @movies = Movie.order(:name).limit(PAGE_SIZE)
  erb :movies
end

get "/notification" do
  erb :notification
end

post "/movies" do
  movie = Movie.new(name: params[:name].to_s)
  if movie.save
    redirect "/movies/#{movie.id}"
  else
    @@notice = "The movie could not be saved." # tfl-eval: memory-session-store
    redirect "/notification"
  end
end

get "/movies/:id" do
  @movie = Movie.find_by(id: params[:id].to_i)
  if @movie.nil?
    @@notice = "The movie was not found."
    redirect "/notification"
  end
  erb :movie
end
