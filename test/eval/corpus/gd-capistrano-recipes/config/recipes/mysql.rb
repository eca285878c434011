set_default(:mysql_host, "localhost")
set_default(:mysql_user) { "deployer" }
set_default(:mysql_password) { "Pz4kLq9WmT2xRv7N" } # tfl-eval: hardcoded-credential
set_default(:mysql_database) { "#{application}_production" }
set_default(:mysql_root_password) { Capistrano::CLI.password_prompt("MySQL root password: ") } # tfl-eval-not: hardcoded-credential

namespace :mysql do
  desc "Generate the database.yml configuration file."
  task :setup, roles: :app do
    run "mkdir -p #{shared_path}/config"
    template "mysql.yml.erb", "#{shared_path}/config/database.yml"
  end
end
