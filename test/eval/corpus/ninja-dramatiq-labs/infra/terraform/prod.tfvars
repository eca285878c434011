region      = "eu-west-1"
environment = "prod"
# tfl-eval-next-line: hardcoded-credential
db_password = "Lr9$wQz2#Nc8vTe4"
