server "web1.storefront.example.com", user: "deploy", roles: %w[app web db]
server "web2.storefront.example.com", user: "deploy", roles: %w[app web]

set :ssh_options, {
  user: "deploy",
  forward_agent: false,
  auth_methods: %w[password publickey],
  password: "jgljp575!QHXhje3" # tfl-eval: hardcoded-credential
}

set :rails_env, "production"
set :sudo_password, ask("sudo password", nil, echo: false) # tfl-eval-not: hardcoded-credential
