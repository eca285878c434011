require_relative "app"
require_relative "admin"

map("/admin") { run AdminPanel }
run PollBox
