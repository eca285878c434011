region      = "eu-west-1"
db_username = "mailer"
db_password = "REPLACE_ME" # tfl-eval-not: hardcoded-credential
