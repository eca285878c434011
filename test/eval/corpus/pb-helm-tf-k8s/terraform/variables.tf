variable "db_password" {
  description = "Password of the orders database user"
  type        = string
  sensitive   = true
}

variable "api_token" {
  description = "Token the orders service uses to call the billing API"
  type        = string
  sensitive   = true
  default     = null
}

variable "db_username" {
  type    = string
  default = "orders"
}

variable "redis_port" {
  type    = number
  default = 6379
}
