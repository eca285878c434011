datacenter = "dc1"
data_dir   = "/opt/consul"
encrypt    = "0OrSUfVWpcCj41y5xZbg+mWWLhkh6KpbjnjqksTIPFg=" # tfl-eval: hardcoded-credential

acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    agent   = "110a8a27-7d43-4a78-bcab-7aaa46cc29b8" # tfl-eval: hardcoded-credential
    default = "286cad46-fb9f-4cc8-bbcc-13df29abe00f" # tfl-eval: hardcoded-credential
  }
}

retry_join = ["consul-1.edge.internal", "consul-2.edge.internal"]
