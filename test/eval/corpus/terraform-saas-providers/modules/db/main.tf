resource "random_password" "master" {
  length  = 32
  special = false
}

resource "aws_db_instance" "main" {
  identifier          = "saas-main"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = var.db_username
  password            = random_password.master.result # tfl-eval-not: hardcoded-credential
  skip_final_snapshot = false
}

resource "aws_db_instance" "analytics" {
  identifier        = "saas-analytics"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  username          = "analytics"
  password          = "r!xfqS-7lwYIowENbLZR" # tfl-eval: hardcoded-credential
}

resource "aws_ssm_parameter" "stripe" {
  name  = "/saas/prod/stripe_secret_key"
  type  = "SecureString"
  value = "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" # tfl-eval: hardcoded-credential
}

resource "aws_ssm_parameter" "webhook_url" {
  name  = "/saas/prod/webhook_secret"
  type  = "SecureString"
  value = var.webhook_secret # tfl-eval-not: hardcoded-credential
}

variable "webhook_secret" {
  type      = string
  sensitive = true
}

variable "db_username" {
  type = string
}
