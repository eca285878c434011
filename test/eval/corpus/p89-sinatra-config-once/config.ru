require "./app"
run StatusApp
