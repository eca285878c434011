variable "ssh_password" {
  type      = string
  sensitive = true
}

source "qemu" "edge-node" {
  iso_url          = "https://releases.ubuntu.com/24.04/ubuntu-24.04-live-server-amd64.iso"
  iso_checksum     = "sha256:8762f7e74e4d64d72fceb5f70682e6b069932deedb4949c6975d0f0fe0a91be3"
  ssh_username     = "packer"
  ssh_password     = var.ssh_password # tfl-eval-not: hardcoded-credential
  shutdown_command = "sudo shutdown -P now"
}

build {
  sources = ["source.qemu.edge-node"]
}
