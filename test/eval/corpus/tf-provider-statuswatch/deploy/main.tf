terraform {
  required_providers {
    statuswatch = { source = "statuswatch/statuswatch", version = "~> 1.2" }
    aws         = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "cloudflare" { api_token = "k3Jd9QmX7vTn2Lp8Rw4Zs6Yb1Hc5Fg0Ua-Ne7Vi" } # tfl-eval: hardcoded-credential
provider "aws" { region = "eu-west-1" } # tfl-eval-not: hardcoded-credential

provider "statuswatch" {
  api_token = "sw_live_4kT9mQx2Lp7Rv3Nz8Ws5Jy1Hb6Cd0Fg" # tfl-eval: hardcoded-credential
}

resource "statuswatch_monitor" "api" {
  name     = "public-api"
  url      = "https://api.example.org/health"
  interval = 60
}

variable "db_password" {
  type      = string
  sensitive = true # tfl-eval-not: hardcoded-credential
}
