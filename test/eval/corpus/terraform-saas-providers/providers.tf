terraform {
  required_providers {
    aws        = { source = "hashicorp/aws", version = "~> 5.50" }
    github     = { source = "integrations/github", version = "~> 6.2" }
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.33" }
    datadog    = { source = "DataDog/datadog", version = "~> 3.39" }
  }
  backend "s3" {
    bucket     = "acme-tf-state"
    key        = "saas/terraform.tfstate"
    region     = "eu-west-1"
    access_key = "AKIA7AXU7TO3DYSWPNW6" # tfl-eval: hardcoded-credential
    secret_key = "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" # tfl-eval: hardcoded-credential
  }
}

provider "aws" {
  region  = var.region
  profile = "acme-prod" # tfl-eval-not: hardcoded-credential
}

provider "github" {
  owner = "acme-saas"
  token = "ghp_aJM9Uj5HRFJqzkpvzEMSSA8BmfvTd6XtenXf" # tfl-eval: hardcoded-credential
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token # tfl-eval-not: hardcoded-credential
}

provider "datadog" {
  api_key = "50d24fe3e9d15413f3622b52a97ddda7" # tfl-eval: hardcoded-credential
  app_key = "9286f5b7c0bcea24dcd006d865ce6804192d4595" # tfl-eval: hardcoded-credential
  api_url = "https://api.datadoghq.eu/"
}
