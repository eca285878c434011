job "kiosk" {
  datacenters = ["store-edge"]

  group "api" {
    network {
      port "http" {}
    }

    task "api" {
      driver = "exec"

      artifact {
        source      = "https://artifacts.internal/kiosk-api/0.9.1.tar.gz"
        destination = "local/app"
      }

      config {
        command = "local/run.sh"
      }

      template {
        destination = "local/run.sh"
        perms       = "755"
        data        = <<-EOT
          #!/bin/bash
          set -euo pipefail
          cd "${NOMAD_TASK_DIR}/app"
          npm ci --omit=dev # tfl-eval: runtime-build-step
          export PORT="{{ env "NOMAD_PORT_http" }}"
          exec node dist/server.js
        EOT
      }
    }

    task "sync" {
      driver = "raw_exec"

      config {
        command = "local/sync.sh"
      }

      template {
        destination = "local/sync.sh"
        perms       = "755"
        data        = <<-EOT
          #!/bin/sh
          cd /opt/kiosk
          node scripts/migrate.js # tfl-eval: startup-migration
          exec node dist/sync-worker.js
        EOT
      }
    }

    task "metrics" {
      driver = "exec"

      config {
        command = "/usr/local/bin/node_exporter"
        args    = ["--web.listen-address=:${NOMAD_PORT_http}"]
      }
    }
  }
}
