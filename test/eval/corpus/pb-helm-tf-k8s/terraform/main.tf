resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  username          = var.db_username
  password          = var.db_password
  allocated_storage = 20
}

resource "aws_secretsmanager_secret_version" "api_token" {
  secret_id     = aws_secretsmanager_secret.api_token.id
  secret_string = var.api_token
}

resource "random_password" "session" {
  length  = 32
  special = false
}
