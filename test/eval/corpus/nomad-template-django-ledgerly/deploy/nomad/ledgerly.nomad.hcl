job "ledgerly" {
  datacenters = ["dc1"]
  type        = "service"

  group "web" {
    count = 3

    network {
      port "http" { to = 8000 }
    }

    task "web" {
      driver = "docker"

      config {
        image   = "registry.internal/ledgerly:2.14.0"
        command = "/local/start.sh"
        ports   = ["http"]
      }

      template {
        destination = "local/start.sh"
        perms       = "755"
        data        = <<EOH
#!/bin/sh
set -e
python manage.py migrate --noinput # tfl-eval: startup-migration
exec gunicorn ledgerly.wsgi --bind 0.0.0.0:8000 --workers 4 --access-logfile -
EOH
      }

      template {
        destination = "secrets/app.env"
        env         = true
        data        = <<EOH
{{ with nomadVar "nomad/jobs/ledgerly" }}
DJANGO_SECRET_KEY={{ .django_secret_key }}
DB_HOST={{ .db_host }}
{{ end }}
EOH
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }

  group "worker" {
    task "celery" {
      driver = "docker"

      config {
        image   = "registry.internal/ledgerly:2.14.0"
        command = "/local/worker.sh"
      }

      template {
        destination = "local/healthcheck.sh"
        perms       = "755"
        data        = <<EOH
#!/bin/sh
python manage.py migrate --check # tfl-eval-not: startup-migration
EOH
      }

      template {
        destination = "local/worker.sh"
        perms       = "755"
        data        = <<EOH
#!/bin/sh
exec celery -A ledgerly worker --loglevel INFO --concurrency 4
EOH
      }
    }

    task "schema" {
      driver = "docker"

      lifecycle {
        hook    = "prestart"
        sidecar = false
      }

      config {
        image   = "registry.internal/ledgerly:2.14.0"
        command = "/local/schema.sh"
      }

      template {
        destination = "local/schema.sh"
        perms       = "755"
        data        = <<EOH
#!/bin/sh
python manage.py migrate --noinput # tfl-eval-not: startup-migration
EOH
      }
    }
  }
}
