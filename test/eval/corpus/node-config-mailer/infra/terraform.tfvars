region         = "eu-west-1"
environment    = "production"
instance_class = "db.t3.medium"
db_username    = "mailer"
db_password    = "Zzd3-zQdoBe!Ce3UT" # tfl-eval: hardcoded-credential
mailgun_api_key = "key-3f0a9c2e7b1d4e8f6a5c2b9d0e7f1a3c" # tfl-eval: hardcoded-credential
allowed_cidrs  = ["10.0.0.0/16"]
