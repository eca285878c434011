mysql_service 'default' do
  port '3306'
  version '8.0'
  initial_root_password node['mysql']['server_root_password'] # tfl-eval-not: hardcoded-credential
  action [:create, :start]
end

mysql_database 'storefront' do
  host '127.0.0.1'
  user 'root'
  password node['mysql']['server_root_password'] # tfl-eval-not: hardcoded-credential
  action :create
end

db_creds = data_bag_item('passwords', 'mysql') # tfl-eval-not: hardcoded-credential

mysql_user 'replicator' do
  password 'TEOBj3AQblzwdpXvve' # tfl-eval: hardcoded-credential
  host '%'
  privileges [:'replication slave']
  action :create
end

template '/etc/storefront/database.yml' do
  source 'database.yml.erb'
  variables(password: db_creds['app']) # tfl-eval-not: hardcoded-credential
  mode '0600'
end
