bucket = "acme-tf-state"
key    = "saas/prod.tfstate"
region = "eu-west-1"
