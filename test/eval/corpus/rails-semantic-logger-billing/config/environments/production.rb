Rails.application.configure do
  config.eager_load = true
  config.consider_all_requests_local = false
  config.log_level = :info

  # JSON to stdout for the platform's collector.
  config.rails_semantic_logger.add_file_appender = false
  config.semantic_logger.add_appender(io: $stdout, formatter: :json) # tfl-eval-not: file-logger

  # Invoices get their own audit trail, kept on the box for the auditors.
  SemanticLogger.add_appender(file_name: "log/invoices_audit.json", formatter: :json, filter: /Invoice/) # tfl-eval: file-logger

  config.session_store :cookie_store, key: "_billing_session" # tfl-eval-not: memory-session-store
end
