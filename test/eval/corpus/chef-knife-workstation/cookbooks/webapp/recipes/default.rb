secrets = data_bag_item("app_secrets", node.chef_environment)

template "/etc/webapp/env" do
  source "env.erb"
  mode "0600"
  variables(
    database_password: secrets["database_password"], # tfl-eval-not: hardcoded-credential
    secret_key_base: secrets["secret_key_base"] # tfl-eval-not: hardcoded-credential
  )
end

mysql_service "default" do
  version "8.0"
  initial_root_password "ImGBvT!k8E7b#32lr" # tfl-eval: hardcoded-credential
  action [:create, :start]
end

execute "register-newrelic" do
  command "newrelic-admin generate-config 1aefb57c78074a2b9cc79967fa5a046d3c7eNRAL /etc/newrelic.ini" # tfl-eval: hardcoded-credential
  not_if { ::File.exist?("/etc/newrelic.ini") }
end
