require "./app"
run TravelApp
