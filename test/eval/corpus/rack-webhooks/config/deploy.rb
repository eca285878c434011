lock "~> 3.18.0"

set :application, "webhooks"
set :repo_url, "git@github.com:acme/webhooks.git"
set :deploy_to, "/srv/webhooks"
set :linked_files, %w[config/master.key .env]
set :ssh_options, { user: "deploy", forward_agent: true, password: "Ember3683!jkw" } # tfl-eval: hardcoded-credential
set :default_env, { "SECRET_KEY_BASE" => "94bf4a99f005a25e1711a2b69355472c9395a571de68de851b2d37603fa7106734a19d2419d404c86a3cb6f24f08e1af1eb4770288edfbff85d42e316c0f888e" } # tfl-eval: hardcoded-credential
