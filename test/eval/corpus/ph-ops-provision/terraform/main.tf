resource "aws_db_instance" "app" {
  identifier          = "app-db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  username            = var.db_username
  password            = var.db_password
  skip_final_snapshot = true
}

resource "aws_ssm_parameter" "token" {
  name  = "/app/api_token"
  type  = "SecureString"
  value = var.api_token
}
