require "optparse"
require "logger"

# A one-off import tool: the operator chooses where its log goes.
options = { log_file: nil }
OptionParser.new do |opts|
  opts.on("--log-file PATH", "Write the import log to PATH") { |path| options[:log_file] = path }
end.parse!
log = Logger.new(options[:log_file] || $stderr) # tfl-eval-not: file-logger
log.info("import started")
