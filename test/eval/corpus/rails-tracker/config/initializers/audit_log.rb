AUDIT_LOG = Logger.new(Rails.root.join("log", "audit.log"), "daily")  # tfl-eval: file-logger
AUDIT_LOG.formatter = proc { |severity, time, _prog, msg| "#{time.iso8601} #{severity} #{msg}\n" }
