server "app1.hotel.example", user: "deploy", roles: %w[app db web]
server "app2.hotel.example", user: "deploy", roles: %w[app web]
set :branch, "main"
set :rails_env, "production"
