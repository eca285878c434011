lock "~> 3.19.1"

set :application, "bookings"
set :repo_url, "https://deploy-bot:glpat-ejLYsEjFBsVLNjoeIsR7@gitlab.example.com/hotel/bookings.git" # tfl-eval: hardcoded-credential
set :deploy_to, "/var/www/bookings"
set :rbenv_ruby, "3.3.5"
set :linked_files, %w[config/master.key config/database.yml]
set :linked_dirs, %w[log tmp/pids tmp/cache tmp/sockets public/system storage]
set :keep_releases, 5

set :ssh_options, {
  user: "deploy",
  forward_agent: true,
  auth_methods: %w[publickey password],
  password: "JFBsUYaVVqIz" # tfl-eval: hardcoded-credential
}

set :default_env, {
  "RAILS_MASTER_KEY" => ENV.fetch("RAILS_MASTER_KEY"), # tfl-eval-not: hardcoded-credential
  "HONEYBADGER_API_KEY" => "HzsOA5gJVq0FOLdknpv4" # tfl-eval: hardcoded-credential
}
