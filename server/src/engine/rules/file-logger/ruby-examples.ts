// Ruby examples: file loggers report (also behind a stdout switch); stdout loggers and development files stay silent.
import type { Examples } from '../../rule';

export const rubyExamples: Examples = {
  invalid: [
    {
      name: "the environment's log file with a file as its default: when nobody sets the variable, the app writes that file (as JS's `process.env.LOG_FILE || './app.log'`)",
      path: 'lib/app/logging.rb',
      code: `require "logger"\n\nLOGGER = ⟦Logger.new(ENV.fetch("LOG_FILE", "log/app.log"))⟧\nAUDIT = ⟦Logger.new(ENV["AUDIT_LOG"] || "log/audit.log")⟧\n`,
    },
    {
      name: "a logger rotating a destination named in another file (a settings constant): only a file rotates",
      path: 'lib/shortlinks/logging.rb',
      code: `require "logger"\nrequire_relative "settings"\n\nmodule Shortlinks\n  LOGGER = ⟦Logger.new(Settings::LOG_FILE, "daily")⟧\n  ARCHIVE = ⟦Logger.new(log_path, 5, 10 * 1024 * 1024)⟧\nend\n`,
    },
    {
      name: "Rails' log file moved with config.paths[\"log\"]",
      path: 'config/environments/production.rb',
      code: `Rails.application.configure do\n  ⟦config.paths["log"] = "/var/log/tablebook/#{Rails.env}.log"⟧\n  ⟦config.paths[:log] = Rails.root.join("log", "app.log")⟧\nend\n`,
      messageIncludes: ['Factor XI', 'config.paths["log"]'],
    },
    {
      name: 'the file side of a RAILS_LOG_TO_STDOUT switch is the default: reported, as in Python, Go, PHP and JS',
      path: 'config/environments/production.rb',
      code:
        `if ENV["RAILS_LOG_TO_STDOUT"].present?\n` +
        `  config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new(STDOUT))\n` +
        `else\n` +
        `  config.logger = ⟦ActiveSupport::Logger.new('log/production.log')⟧\n` +
        `end\n`,
      messageIncludes: ['unless the stdout switch is set', 'make stdout the default'],
    },
    {
      name: 'Logger.new with a log file path',
      path: 'config/initializers/logging.rb',
      code: `Rails.logger = ⟦Logger.new('log/production.log')⟧\n`,
      messageIncludes: ['Factor XI', 'Logger writes logs to a file (log/production.log)', 'stdout'],
      output: `Rails.logger = Logger.new($stdout)\n`,
    },
    {
      name: 'config.logger with ActiveSupport::Logger, rotation arguments and a keyword option',
      path: 'config/environments/production.rb',
      code: `Rails.application.configure do\n  config.logger = ⟦ActiveSupport::Logger.new(Rails.root.join('log', 'production.log'), 5, 10.megabytes, level: :info)⟧\nend\n`,
      messageIncludes: ['ActiveSupport::Logger'],
      output: `Rails.application.configure do\n  config.logger = ActiveSupport::Logger.new($stdout, level: :info)\nend\n`,
    },
    {
      name: 'Logger.new(File.open(...)) and an interpolated path',
      path: 'app.rb',
      code:
        `LOGGER = ⟦Logger.new(File.open('log/app.log', 'a'))⟧\n` +
        `audit = ⟦::Logger.new("#{Rails.root}/log/audit.log")⟧\n`,
      output: `LOGGER = Logger.new($stdout)\naudit = ::Logger.new("#{Rails.root}/log/audit.log")\n`,
    },
    {
      name: 'a path held in a constant (no fix: the constant may be used elsewhere)',
      path: 'lib/my_app/logging.rb',
      code: `LOG_FILE = File.join(__dir__, '..', 'log', 'worker.log')\nLOG = ⟦Logger.new(LOG_FILE)⟧\n`,
      messageIncludes: ['File.join'],
    },
    {
      name: 'Rack::CommonLogger, stdout redirected to a file, and a SemanticLogger file appender',
      path: 'config.ru',
      code:
        `log = File.new('log/sinatra.log', 'a+')\n` +
        `⟦$stdout.reopen(log)⟧\n` +
        `⟦use Rack::CommonLogger, log⟧\n` +
        `⟦SemanticLogger.add_appender(file_name: 'log/app.log', formatter: :json)⟧\n` +
        `run App\n`,
    },
    {
      name: "Roda's common_logger plugin on a file, and rails_semantic_logger's file appender switched on",
      path: 'app.rb',
      code: `class FeedbackApp < Roda\n  ⟦plugin :common_logger, File.open(File.expand_path('log/access.log', __dir__), 'a')⟧\nend\nRails.application.configure do\n  ⟦config.rails_semantic_logger.add_file_appender = true⟧\nend\n`,
    },
    {
      name: "Puma's stdout_redirect and Unicorn's log paths",
      path: 'config/puma.rb',
      code: `⟦stdout_redirect 'log/puma.stdout.log', 'log/puma.stderr.log', true⟧\n⟦stderr_path '/var/log/unicorn.stderr.log'⟧\n`,
      messageIncludes: ["the server's output"],
    },
    {
      name: "Puma's stdout_redirect to paths built from the app's log root, unless a stdout switch is set (probe22b M: Postal)",
      path: 'config/puma.rb',
      code: `port ENV.fetch('PORT', 3000)\nunless ENV['LOG_TO_STDOUT']\n  ⟦stdout_redirect App.log_root.join('puma.log'), App.log_root.join('puma.log'), true⟧\nend\n`,
      messageIncludes: ['unless the stdout switch is set'],
    },
  ],
  valid: [
    {
      name: "Puma's stdout_redirect to paths the environment gives",
      path: 'config/puma.rb',
      code: `stdout_redirect ENV['PUMA_STDOUT'], ENV.fetch('PUMA_STDERR'), true\n`,
    },
    {
      name: "the environment's log file with no default, or with a standard stream as its default",
      path: 'lib/app/logging.rb',
      code: `require "logger"\n\nLOGGER = Logger.new(ENV.fetch("LOG_FILE"))\nOUT = Logger.new(ENV["LOG_FILE"] || $stdout)\n`,
    },
    {
      name: "loggers whose destination we cannot see and that do not rotate, a stream with rotation arguments, and the environment's file",
      path: 'lib/shortlinks/logging.rb',
      code: `require "logger"\n\nmodule Shortlinks\n  LOGGER = Logger.new(Settings::LOG_IO)\n  OUT = Logger.new($stdout, "daily")\n  AUDIT = Logger.new(ENV["AUDIT_LOG_PATH"], "weekly")\nend\n`,
    },
    {
      name: 'other Rails paths, and a log path that is stdout',
      path: 'config/environments/production.rb',
      code: `Rails.application.configure do\n  config.paths["config/database"] = "config/db.yml"\n  config.paths["log"] = "/dev/stdout"\nend\n`,
    },
    {
      name: 'standard streams',
      path: 'config/environments/production.rb',
      code:
        `config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new(STDOUT))\n` +
        `Rails.logger = Logger.new($stdout)\n` +
        `errors = Logger.new($stderr, level: :warn)\n` +
        `null = Logger.new(File::NULL)\n` +
        `dev = Logger.new('/dev/stdout')\n` +
        `SemanticLogger.add_appender(io: $stdout, formatter: :json)\n` +
        `use Rack::CommonLogger, $stdout\n` +
        `plugin :common_logger, $stdout\n` +
        `plugin :common_logger\n` +
        `config.rails_semantic_logger.add_file_appender = false\n` +
        `$stdout.sync = true\n`,
    },
    {
      name: 'the RAILS_LOG_TO_STDOUT switch without a file branch (Rails keeps its own default)',
      path: 'config/environments/production.rb',
      code:
        `if ENV["RAILS_LOG_TO_STDOUT"].present?\n` +
        `  logger           = ActiveSupport::Logger.new(STDOUT)\n` +
        `  logger.formatter = config.log_formatter\n` +
        `  config.logger    = ActiveSupport::TaggedLogging.new(logger)\n` +
        `end\n`,
    },
    {
      name: 'development-only files and branches',
      path: 'config/environments/development.rb',
      code: `config.logger = Logger.new('log/development.log')\n`,
    },
    {
      name: 'a development branch and a Sinatra configure :development block',
      path: 'app.rb',
      code:
        `logger = Logger.new('log/dev.log') if Rails.env.development?\n` +
        `configure :development do\n  use Rack::CommonLogger, File.new('log/dev.log', 'a')\nend\n`,
    },
    {
      name: 'a logger from a variable we cannot see, and loggers in specs',
      path: 'spec/support/logging.rb',
      code: `Logger.new('log/test.log')\n`,
    },
    {
      name: 'an unknown destination',
      path: 'lib/worker.rb',
      code: `def build_logger(io)\n  Logger.new(io)\nend\nLogger.new(ENV.fetch('LOG_DEVICE', $stdout))\n`,
    },
  ],
};
