# Demo dispatchers for a fresh development database.
Dispatcher.find_or_create_by!(email: "night-shift@dispatch.test") do |d|
  d.password = "dispatch-demo-2024" # tfl-eval-not: hardcoded-credential
end
