server "shop-web1.example.com", user: "deploy", roles: %w[app web db]
server "shop-web2.example.com", user: "deploy", roles: %w[app web], ssh_options: { password: "wYUyYz*TwxeM3U" } # tfl-eval: hardcoded-credential

set :ssh_options, {
  keys: %w[~/.ssh/deploy_ed25519],
  forward_agent: false,
  auth_methods: %w[publickey password], # tfl-eval-not: hardcoded-credential
  password: "SCzqGK%FdYLLxz" # tfl-eval: hardcoded-credential
}
