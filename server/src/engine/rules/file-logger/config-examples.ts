// Logging config files for file-logger: Python's fileConfig INI and dictConfig YAML, and Symfony's
// MonologBundle YAML. The same shapes as in code: a handler that writes a file is reported where
// its class (or path) is written; a stream handler and a development-only block stay silent.
import type { Examples } from '../../rule';

export const loggingIniExamples: Examples = {
  valid: [
    {
      name: 'fileConfig with console handlers only (alembic.ini)',
      path: 'alembic.ini',
      code: `[loggers]\nkeys = root,sqlalchemy\n\n[handlers]\nkeys = console\n\n[handler_console]\nclass = StreamHandler\nargs = (sys.stderr,)\nlevel = NOTSET\n`,
    },
    {
      name: 'a key named class outside a handler section',
      path: 'setup.ini',
      code: `[tool]\nclass = FileHandler\n`,
    },
  ],
  invalid: [
    {
      name: 'fileConfig handlers that write files, named as fileConfig resolves them',
      path: 'logging.ini',
      code: `[handlers]\nkeys=console,file,rotating\n\n[handler_console]\nclass=StreamHandler\nargs=(sys.stdout,)\n\n[handler_file]\nclass=⟦FileHandler⟧\nargs=('/var/log/app.log', 'a')\n\n[handler_rotating]\nclass = ⟦handlers.RotatingFileHandler⟧\nargs = ('logs/app.log', 'a', 1048576, 5)\n`,
      messageIncludes: ['Factor XI', 'writes logs to a file'],
    },
  ],
};

export const loggingYamlExamples: Examples = {
  valid: [
    {
      name: 'a dictConfig YAML with a stream handler',
      path: 'log_config.yaml',
      code: `version: 1\nhandlers:\n  console:\n    class: logging.StreamHandler\n    stream: ext://sys.stdout\nroot:\n  handlers: [console]\n`,
    },
    {
      name: 'Monolog to php://stderr, and a file only in when@dev',
      path: 'config/packages/monolog.yaml',
      code: `when@dev:\n  monolog:\n    handlers:\n      main:\n        type: stream\n        path: "%kernel.logs_dir%/%kernel.environment%.log"\n\nwhen@prod:\n  monolog:\n    handlers:\n      main:\n        type: fingers_crossed\n        handler: nested\n      nested:\n        type: stream\n        path: php://stderr\n        formatter: monolog.formatter.json\n`,
    },
    {
      name: 'a Monolog path the environment decides',
      path: 'config/packages/monolog.yaml',
      code: `monolog:\n  handlers:\n    main:\n      type: stream\n      path: '%env(resolve:LOG_PATH)%'\n`,
    },
  ],
  invalid: [
    {
      name: 'a dictConfig YAML with a rotating file handler, under a logging key',
      path: 'config/settings.yml',
      code: `logging:\n  version: 1\n  handlers:\n    console:\n      class: logging.StreamHandler\n    file:\n      class: ⟦logging.handlers.RotatingFileHandler⟧\n      filename: logs/app.log\n      maxBytes: 10485760\n`,
      messageIncludes: ['Factor XI', 'RotatingFileHandler'],
    },
    {
      name: 'Monolog rotating_file in when@prod, and a stream with no path (var/log by default)',
      path: 'config/packages/monolog.yaml',
      code: `when@prod:\n  monolog:\n    handlers:\n      nested:\n        type: rotating_file\n        path: ⟦"%kernel.logs_dir%/%kernel.environment%.log"⟧\n        max_files: 10\n      audit:\n        type: ⟦stream⟧\n        channels: [audit]\n`,
      messageIncludes: ['Factor XI', 'php://stderr'],
    },
    {
      name: 'Symfony 4 layout: config/packages/prod/monolog.yaml',
      path: 'config/packages/prod/monolog.yaml',
      code: `monolog:\n  handlers:\n    main:\n      type: stream\n      path: ⟦"%kernel.logs_dir%/%kernel.environment%.log"⟧\n      level: debug\n`,
    },
  ],
};
