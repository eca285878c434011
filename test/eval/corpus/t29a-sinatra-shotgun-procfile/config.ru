require "./server"
run Sinatra::Application
