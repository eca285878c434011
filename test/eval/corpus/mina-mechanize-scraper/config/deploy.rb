require "mina/rails"
require "mina/git"

set :application_name, "scraper"
set :domain, "scraper.example.net"
set :deploy_to, "/srv/scraper"
set :repository, "git@github.com:example/scraper.git"
set :branch, "main"
set :user, "deploy"
set :forward_agent, true

task :remote_environment do
  command %(export SCRAPER_DB_PASSWORD="Vn3Cx7Bz1Qa9LwXe") # tfl-eval: hardcoded-credential
end

task :deploy do
  deploy do
    invoke :"git:clone"
    invoke :"bundle:install"
    invoke :"deploy:cleanup"
  end
end
