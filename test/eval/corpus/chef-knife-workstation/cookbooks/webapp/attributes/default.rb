default["webapp"]["port"] = 3000
default["webapp"]["redis_url"] = "redis://localhost:6379/0" # tfl-eval: hardcoded-backing-service
default["webapp"]["smtp"]["user_name"] = "apikey"
default["webapp"]["smtp"]["password"] = "t7UIo9!27rmj#eGZk" # tfl-eval: hardcoded-credential
default["webapp"]["admin_password_hash"] = "$2a$12$Lw3mP0qB7vF2hD5jS8gK1uY4cR7zA0eU3iL6oN9pT2wQ5xV8bFq9e" # tfl-eval-not: hardcoded-credential
