require "logger"
require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL")) # tfl-eval-not: hardcoded-backing-service
DB.loggers << Logger.new($stdout) # tfl-eval-not: file-logger

require_relative "lib/lost_found"

access_log = File.new(File.join(__dir__, "log", "access.log"), "a+")
access_log.sync = true
use Rack::CommonLogger, access_log # tfl-eval: file-logger

run LostFound
