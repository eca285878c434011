variable "ssh_password" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

source "amazon-ebs" "app" {
  region        = var.region
  instance_type = "t3.small"
  ssh_username  = "ubuntu"
  ssh_password  = var.ssh_password
}

build {
  sources = ["source.amazon-ebs.app"]
  provisioner "shell" {
    inline = ["sudo apt-get update", "sudo apt-get install -y nginx"]
  }
}
