lock '3.17.1'

set :application, 'classifieds'
set :repo_url, 'git@github.com:classifieds/classifieds.git'
set :deploy_to, '/var/www/classifieds'
set :linked_files, %w[config/database.yml config/secrets.yml]
set :ssh_options, { forward_agent: true, auth_methods: %w[publickey] } # tfl-eval-not: hardcoded-credential
set :slack_webhook, 'https://hooks.slack.com/services/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' # tfl-eval: hardcoded-credential
set :password, ask('Server password', nil, echo: false) # tfl-eval-not: hardcoded-credential
