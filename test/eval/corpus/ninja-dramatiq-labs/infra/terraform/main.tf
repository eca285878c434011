terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.70" }
  }
  backend "s3" {
    bucket = "labs-terraform-state"
    key    = "prod/terraform.tfstate"
    region = "eu-west-1"
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "labs" {
  identifier          = "labs-prod"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  username            = "labs"
  password            = var.db_password
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret" "django_secret_key" {
  name = "labs/prod/django-secret-key"
}

resource "random_password" "django" {
  length  = 64
  special = false
}

resource "aws_s3_bucket" "samples" {
  bucket = "labs-samples-prod"
}
