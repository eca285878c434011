server 'podcasts-1.example.com', user: 'deploy', roles: %w[app db web]
set :rails_env, 'production'
set :branch, 'main'
set :ssh_options, { user: 'deploy', forward_agent: true, auth_methods: %w[publickey] }
set :sudo_password, '8ozNNfOXmq#aVzx' # tfl-eval: hardcoded-credential
