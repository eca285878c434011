app_dir = File.expand_path("../../..", __FILE__)
directory app_dir
environment "production"
workers ENV.fetch("WEB_CONCURRENCY") { 2 }
preload_app!
bind "unix://#{app_dir}/tmp/sockets/puma.sock"
pidfile "#{app_dir}/tmp/pids/puma.pid"
state_path "#{app_dir}/tmp/pids/puma.state"
daemonize true # tfl-eval: daemonized-process
on_worker_boot do
  ActiveRecord::Base.establish_connection if defined?(ActiveRecord)
end
