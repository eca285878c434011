configure :development do
  ActiveRecord::Base.establish_connection(
    adapter: "mysql2",
    database: ENV.fetch("TASKS_DB", "tasks"),
    username: "tasks",
    password: "bramble_-kite", # tfl-eval-not: hardcoded-credential
  )
end

configure :production do
  ActiveRecord::Base.establish_connection(ENV.fetch("DATABASE_URL"))
end
