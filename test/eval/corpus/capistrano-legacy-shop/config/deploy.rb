lock "~> 3.18.0"

set :application, "legacy_shop"
set :repo_url, "https://deploybot:ghp_LPgYW2p2MXQXyKaIuQ37m2uCcHntH5D8h0cb@github.com/acme/legacy_shop.git" # tfl-eval: hardcoded-credential
set :deploy_to, "/var/www/legacy_shop"
set :linked_files, %w[config/database.yml config/master.key]
set :keep_releases, 5
