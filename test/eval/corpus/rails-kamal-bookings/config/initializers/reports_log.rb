# Finance wants a plain file they can grep on the host.
REPORTS_LOGGER = ActiveSupport::Logger.new(Rails.root.join("log", "finance.log")) # tfl-eval: file-logger
