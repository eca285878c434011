job "dispatch-reports" {
  type = "service"

  group "reports" {
    task "reports" {
      driver = "exec"

      config {
        command = "/bin/sh"
        # tfl-eval-next-line: runtime-build-step
        args    = ["-c", "bundle install && bundle exec rails assets:precompile && bundle exec puma -C config/puma.rb"]
      }
    }
  }
}
