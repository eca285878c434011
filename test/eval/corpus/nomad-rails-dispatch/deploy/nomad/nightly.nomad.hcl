job "dispatch-nightly" {
  type = "batch"

  periodic {
    cron             = "0 4 * * *"
    prohibit_overlap = true
  }

  group "nightly" {
    task "rollup" {
      driver = "docker"
      config {
        image   = "registry.internal/dispatch:latest"
        command = "bash"
        args    = ["-c", "bundle exec rails db:migrate && bundle exec rails dispatch:rollup"]
      }
    }
  }
}
