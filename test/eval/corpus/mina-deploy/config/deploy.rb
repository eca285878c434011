require 'mina/rails'
require 'mina/git'
require 'mina/rbenv'

set :application_name, 'kennel'
set :domain, 'kennel.vetclinic.example'
set :deploy_to, '/home/deploy/kennel'
set :repository, 'git@github.com:vetclinic/kennel.git'
set :branch, 'main'
set :user, 'deploy'
set :forward_agent, true
set :shared_files, fetch(:shared_files, []).push('config/database.yml', 'config/master.key')
set :shared_dirs, fetch(:shared_dirs, []).push('log', 'tmp/pids', 'tmp/sockets', 'public/uploads')
set :sidekiq_web_password, 'uOY!PstIoY4a1MAn' # tfl-eval: hardcoded-credential

task :remote_environment do
  invoke :'rbenv:load'
end

task :setup do
  command %(mkdir -p "#{fetch(:shared_path)}/tmp/sockets")
  command %(echo "SIDEKIQ_WEB_PASSWORD=#{fetch(:sidekiq_web_password)}" >> "#{fetch(:shared_path)}/.env")
end

desc 'Deploys the current version to the server.'
task :deploy do
  deploy do
    invoke :'git:clone'
    invoke :'deploy:link_shared_paths'
    invoke :'bundle:install'
    invoke :'rails:db_migrate'
    invoke :'rails:assets_precompile'
    invoke :'deploy:cleanup'
    on :launch do
      command %(sudo systemctl restart kennel-puma kennel-sidekiq)
    end
  end
end
