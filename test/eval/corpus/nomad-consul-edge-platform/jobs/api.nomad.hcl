job "edge-api" {
  datacenters = ["dc1"]
  type        = "service"

  group "api" {
    count = 3

    task "api" {
      driver = "docker"

      config {
        image = "registry.edge.example/api:1.14.2"
        auth {
          username = "nomad-pull"
          password = "HwhFHlO4qyjjJcTkHTQFQuwr" # tfl-eval: hardcoded-credential
        }
      }

      env {
        LOG_LEVEL        = "info"
        DATABASE_URL     = "postgres://edge:UxZ6AYBflULsCyOSfYoi@pg.service.consul:5432/edge" # tfl-eval: hardcoded-credential
        STRIPE_WEBHOOK_SECRET = "5pNfV8GJfTliY9LJ04rVOaum6q39HNBa" # tfl-eval: hardcoded-credential
      }

      template {
        data        = <<EOT
SESSION_SECRET={{ with secret "kv/data/edge-api" }}{{ .Data.data.session_secret }}{{ end }}
EOT
        destination = "secrets/app.env"
        env         = true
      }
    }
  }
}
