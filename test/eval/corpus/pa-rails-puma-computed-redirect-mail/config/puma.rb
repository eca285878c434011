# frozen_string_literal: true

require_relative "../lib/mailer/config"

threads_count = Mailer::Config.web_server.max_threads
threads threads_count, threads_count
bind_address = ENV.fetch("BIND_ADDRESS", Mailer::Config.web_server.default_bind_address)
bind "tcp://#{bind_address}:#{Mailer::Config.web_server.default_port}"
environment Mailer::Config.rails.environment
prune_bundler
quiet false
unless ENV["LOG_TO_STDOUT"]
  stdout_redirect Mailer::Config.log_root.join("puma.log"), Mailer::Config.log_root.join("puma.log"), true  # tfl-eval: file-logger
end

if ENV["APP_ROOT"]
  directory ENV["APP_ROOT"]
end
