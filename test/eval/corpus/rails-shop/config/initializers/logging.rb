# Orders are audited to their own file as well as the Rails log.
# tfl-eval-next-line: file-logger
ORDER_AUDIT = ActiveSupport::Logger.new(Rails.root.join("log", "orders_audit.log"))
