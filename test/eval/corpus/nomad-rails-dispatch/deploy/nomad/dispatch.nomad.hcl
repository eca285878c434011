job "dispatch" {
  datacenters = ["dc1"]
  type        = "service"

  group "web" {
    count = 3

    network {
      port "http" {
        to = 3000
      }
    }

    task "web" {
      driver = "docker"

      config {
        image   = "registry.internal/dispatch:${NOMAD_META_version}"
        ports   = ["http"]
        command = "bash"
        # tfl-eval-next-line: startup-migration
        args    = ["-c", "bundle exec rails db:migrate && exec bundle exec puma -C config/puma.rb"]
      }

      env {
        RAILS_ENV = "production"
        PORT      = "${NOMAD_PORT_http}"
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }

  group "workers" {
    count = 2

    task "migrate-schema" {
      lifecycle {
        hook    = "prestart"
        sidecar = false
      }

      driver = "docker"
      config {
        image   = "registry.internal/dispatch:${NOMAD_META_version}"
        command = "bundle"
        args    = ["exec", "rails", "db:migrate"]
      }
    }

    task "sidekiq" {
      driver = "docker"
      config {
        image   = "registry.internal/dispatch:${NOMAD_META_version}"
        command = "bundle"
        args    = ["exec", "sidekiq", "-C", "config/sidekiq.yml"]
      }
    }
  }
}
