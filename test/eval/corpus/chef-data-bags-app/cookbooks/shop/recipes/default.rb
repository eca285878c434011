secrets = data_bag_item("shop", node.chef_environment)

template "/srv/shop/shared/.env" do
  source "env.erb"
  owner node["shop"]["user"]
  mode "0600"
  sensitive true
  variables(
    database_password: secrets["database_password"], # tfl-eval-not: hardcoded-credential
    stripe_secret_key: secrets["stripe_secret_key"],
    sentry_dsn: secrets["sentry_dsn"]
  )
end

postgresql_user "shop" do
  password "sxhHUJzM0G0G1wOYCa" # tfl-eval: hardcoded-credential
  createdb false
end

user "deploy" do
  manage_home true
  shell "/bin/bash"
  password "$6$rounds=656000$Xq2p9FvTt1mN$gGqW6S0nZ3yYv8Lx4cR2aB7dK1eH5jM9oP3sU6wV0zQ2tY8uI4oP1aS5dF7gH9jK2lZ4xC6vB8nM0qW3eR5tY." # tfl-eval-not: hardcoded-credential
end
