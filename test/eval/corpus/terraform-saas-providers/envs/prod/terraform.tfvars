region               = "eu-west-1"
cloudflare_api_token = "VjUbwkPOkR6GFEeGno0h0nrlzVirRttojHxANb3o" # tfl-eval: hardcoded-credential
db_username          = "saas_admin"
webhook_secret       = "whsec_1i8qaNSlSwH89T0q9AlNWjjDKfYhPRS4" # tfl-eval: hardcoded-credential
