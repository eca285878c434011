if ENV["SQL_LOG_FILE"]
  ActiveRecord::Base.logger = Logger.new(ENV["SQL_LOG_FILE"]) # tfl-eval-not: file-logger
end

PAYMENTS_AUDIT = Logger.new(File.open(Rails.root.join("log", "payments_audit.log"), "a")) # tfl-eval: file-logger
