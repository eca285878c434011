current_dir = File.dirname(__FILE__)
log_level                :info
log_location             STDOUT
node_name                "deploy-bot"
client_key               "#{current_dir}/deploy-bot.pem"
chef_server_url          "https://chef.example.com/organizations/example"
cookbook_path            ["#{current_dir}/../cookbooks"]

knife[:aws_access_key_id]     = "AKIAQ7XK2M4NB6RT3WZE" # tfl-eval: hardcoded-credential
knife[:aws_secret_access_key] = "Hx4eBT9FEsv4dX0YuGlnKMTOeulSuaVx/4Tz8Kp3" # tfl-eval: hardcoded-credential
knife[:ssh_user]              = "ubuntu"
knife[:vault_mode]            = "client"
knife[:secret_file]           = "#{current_dir}/encrypted_data_bag_secret" # tfl-eval-not: hardcoded-credential
