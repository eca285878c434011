server "staging.storefront.example.com", user: "deploy", roles: %w[app web db]

set :ssh_options, {
  keys: %w[~/.ssh/storefront_deploy], # tfl-eval-not: hardcoded-credential
  forward_agent: true,
  auth_methods: %w[publickey]
}
set :rails_env, "staging"
