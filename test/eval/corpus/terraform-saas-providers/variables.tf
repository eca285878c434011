variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "grafana_admin_password" {
  type      = string
  sensitive = true
  default   = "#7v%uNnsv!.AdVek6h" # tfl-eval: hardcoded-credential
}

variable "db_username" {
  type    = string
  default = "saas_admin"
}
