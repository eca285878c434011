max_threads_count = ENV.fetch("HANAMI_MAX_THREADS", 5)
threads max_threads_count, max_threads_count
port ENV.fetch("HANAMI_PORT", 2300)
workers ENV.fetch("HANAMI_WEB_CONCURRENCY", 2)

stdout_redirect "log/puma.stdout.log", "log/puma.stderr.log", true  # tfl-eval: file-logger

on_worker_boot do
  Hanami.app.start(:db)
end
