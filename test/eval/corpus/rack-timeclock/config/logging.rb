require 'semantic_logger'

SemanticLogger.default_level = ENV.fetch('LOG_LEVEL', 'info')
SemanticLogger.add_appender(io: $stdout, formatter: :json) # tfl-eval-not: file-logger
# Payroll disputes are settled from this file, so keep it on the box.
SemanticLogger.add_appender(file_name: 'log/punches.log', formatter: :json) # tfl-eval: file-logger
