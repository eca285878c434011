max_threads_count = ENV.fetch("RAILS_MAX_THREADS") { 5 }
threads max_threads_count, max_threads_count

port ENV.fetch("PORT") { 3000 }
environment ENV.fetch("RAILS_ENV") { "development" }
workers ENV.fetch("WEB_CONCURRENCY") { 2 }
preload_app!

stdout_redirect "log/puma.stdout.log", "log/puma.stderr.log", true # tfl-eval: file-logger
pidfile ENV.fetch("PIDFILE") { "tmp/pids/server.pid" }

plugin :tmp_restart
