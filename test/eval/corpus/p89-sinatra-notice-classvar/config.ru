require "./recommender"
run Sinatra::Application
