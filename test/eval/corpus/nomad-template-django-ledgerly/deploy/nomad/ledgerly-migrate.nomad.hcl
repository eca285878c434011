job "ledgerly-migrate" {
  datacenters = ["dc1"]
  type        = "batch"

  group "migrate" {
    task "migrate" {
      driver = "docker"

      config {
        image   = "registry.internal/ledgerly:2.14.0"
        command = "/local/migrate.sh"
      }

      template {
        destination = "local/migrate.sh"
        perms       = "755"
        data        = <<EOH
#!/bin/sh
python manage.py migrate --noinput # tfl-eval-not: startup-migration
EOH
      }
    }
  }
}
