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

/**
 * The same logging libraries configured from JSON and TOML, and log4j2's and zap's own YAML/JSON
 * configs: one config tree whatever the file format, so each shape answers as its YAML does.
 */
export const loggingDataExamples: Examples = {
  valid: [
    {
      name: 'a dictConfig JSON with stream handlers only; "handlers" lists in the loggers',
      path: 'config/logging.json',
      code: `{\n  "version": 1,\n  "handlers": {\n    "console": { "class": "logging.StreamHandler", "stream": "ext://sys.stdout" }\n  },\n  "loggers": { "app": { "handlers": ["console"] } }\n}\n`,
    },
    {
      name: 'a dictConfig TOML with a stream handler',
      path: 'logging.toml',
      code: `version = 1\n\n[handlers.console]\nclass = "logging.StreamHandler"\nstream = "ext://sys.stdout"\n\n[root]\nhandlers = ["console"]\n`,
    },
    {
      name: 'log4j2 YAML: a Console appender, and a File appender no logger refers to',
      path: 'src/main/resources/log4j2.yaml',
      code: `Configuration:\n  Appenders:\n    Console:\n      name: Stdout\n      target: SYSTEM_OUT\n    File:\n      name: Unused\n      fileName: logs/unused.log\n  Loggers:\n    Root:\n      level: info\n      AppenderRef:\n        ref: Stdout\n`,
    },
    {
      name: 'zap config JSON on stdout and stderr',
      path: 'config/zap.json',
      code: `{\n  "level": "info",\n  "encoding": "json",\n  "outputPaths": ["stdout", "/dev/stdout"],\n  "errorOutputPaths": ["stderr"]\n}\n`,
    },
    {
      name: 'outputPaths in a map that is not a zap Config',
      path: 'build/manifest.json',
      code: `{\n  "name": "site",\n  "outputPaths": ["dist/app.js", "dist/app.css"]\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'dictConfig(json.load(f)): a rotating file handler in logging.json',
      path: 'config/logging.json',
      code: `{\n  "version": 1,\n  "handlers": {\n    "console": { "class": "logging.StreamHandler" },\n    "file": { "class": ⟦"logging.handlers.RotatingFileHandler"⟧, "filename": "/var/log/app.log" }\n  },\n  "root": { "handlers": ["console", "file"] }\n}\n`,
      messageIncludes: ['Factor XI', 'RotatingFileHandler'],
    },
    {
      name: 'dictConfig(tomllib.load(f)): a timed rotating handler in logging.toml',
      path: 'logging.toml',
      code: `version = 1\n\n[handlers.file]\nclass = ⟦"logging.handlers.TimedRotatingFileHandler"⟧\nfilename = "logs/app.log"\n`,
      messageIncludes: ['TimedRotatingFileHandler'],
    },
    {
      name: 'log4j2 YAML: a RollingFile the root logger uses, and a list of File appenders',
      path: 'src/main/resources/log4j2-spring.yaml',
      code: `Configuration:\n  Appenders:\n    Console:\n      name: Stdout\n    ⟦RollingFile⟧:\n      name: App\n      fileName: /var/log/app/app.log\n    File:\n      - name: ⟦Audit⟧\n        fileName: logs/audit.log\n  Loggers:\n    Root:\n      AppenderRef:\n        - ref: Stdout\n        - ref: App\n    Logger:\n      - name: audit\n        AppenderRef:\n          ref: Audit\n`,
      messageIncludes: ['log4j2', 'appender', 'writes the log to a file'],
    },
    {
      name: 'log4j2 JSON: lower-case keys, the strict Appender form',
      path: 'src/main/resources/log4j2.json',
      code: `{ "configuration": {\n  "appenders": {\n    "appender": [{ "type": "RollingRandomAccessFile", "name": ⟦"Main"⟧, "fileName": "logs/main.log" }]\n  },\n  "loggers": { "root": { "AppenderRef": [{ "ref": "Main" }] } }\n} }\n`,
      messageIncludes: ['RollingRandomAccessFile'],
    },
    {
      name: 'zap Config unmarshalled from YAML and JSON: each file path in outputPaths',
      path: 'config/zap.yaml',
      code: `level: info\nencoding: json\noutputPaths:\n  - stdout\n  - ⟦/var/log/relay/relay.log⟧\nerrorOutputPaths:\n  - ⟦logs/error.log⟧\n`,
      messageIncludes: ['sends the log to the file'],
    },
  ],
};
