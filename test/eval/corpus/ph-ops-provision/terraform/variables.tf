variable "db_password" {
  description = "Master password for the RDS instance"
  type        = string
  sensitive   = true
}

variable "api_token" {
  type      = string
  sensitive = true
  default   = null
}

variable "db_username" {
  type    = string
  default = "app"
}
