terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.30" }
  }
  backend "s3" {
    bucket = "labtrack-tfstate"
    key    = "prod/terraform.tfstate"
    region = "eu-west-1"
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "environment" {
  type    = string
  default = "prod"
}

resource "random_password" "jwt_secret" {
  length  = 48
  special = false
}

resource "aws_db_instance" "labtrack" {
  identifier              = "labtrack-${var.environment}"
  engine                  = "postgres"
  engine_version          = "16.1"
  instance_class          = "db.t4g.medium"
  username                = "labtrack"
  password                = var.db_password
  backup_retention_period = 7
  skip_final_snapshot     = false
}

resource "aws_ssm_parameter" "jwt_secret" {
  name  = "/labtrack/${var.environment}/jwt_secret"
  type  = "SecureString"
  value = random_password.jwt_secret.result
}
