// Logging set-ups from held-out apps, by language: Hanami's logger stream, Fastify's `logger.file`,
// AdonisJS' `targets.file`, structlog's factories given an open file, log4j configured by .properties;
// and files the operator names at start-up (an env read, a command-line option, a parameter), which
// stay silent in Python and Go as they do in JS.
import type { Examples } from '../../rule';

const ruby: Examples = {
  valid: [
    {
      name: "Hanami's logger stream on stdout, or on a file only in development",
      path: 'config/app.rb',
      code: `module Library\n  class App < Hanami::App\n    config.logger.stream = $stdout\n    config.logger.stream = root.join("log", "dev.log") if Hanami.env?(:development)\n  end\nend\n`,
    },
    {
      name: "Hanami 2's per-environment settings: a log file inside `environment(:development)` and `environment(:test)` blocks (probe22 D)",
      path: 'config/app.rb',
      code: `module Shop\n  class App < Hanami::App\n    environment(:development) do\n      config.logger.stream = root.join("log", "development.log")\n    end\n    environment(:test) do\n      config.logger.stream = root.join("log", "test.log")\n    end\n    environment(:production) do\n      config.logger.stream = $stdout\n    end\n  end\nend\n`,
    },
  ],
  invalid: [
    {
      name: "Hanami's logger stream set to a file under the app root",
      path: 'config/app.rb',
      code: `module Library\n  class App < Hanami::App\n    ⟦config.logger.stream = root.join("log").join("hanami.log")⟧\n  end\nend\n`,
      messageIncludes: ["the logger's stream is a file"],
    },
    {
      name: "Hanami 2's staging environment block: a deployed environment, so its log file is reported",
      path: 'config/app.rb',
      code: `module Shop\n  class App < Hanami::App\n    environment(:staging) do\n      ⟦config.logger.stream = root.join("log", "staging.log")⟧\n    end\n  end\nend\n`,
    },
  ],
};

const javascript: Examples = {
  valid: [
    {
      name: "Fastify's logger on stdout, or on a file the environment names",
      path: 'src/server.js',
      code: `const Fastify = require('fastify');\nconst app = Fastify({ logger: { level: 'info' } });\nconst other = Fastify({ logger: { file: process.env.LOG_FILE } });\n`,
    },
    {
      name: "AdonisJS' pretty and stdout targets, and a file target without a destination (stdout)",
      path: 'config/logger.ts',
      code: `import { targets } from '@adonisjs/core/logger'\nexport const list = targets().push(targets.pretty()).push(targets.file({ destination: 1 })).push(targets.file({})).toArray()\n`,
    },
  ],
  invalid: [
    {
      name: "Fastify's logger.file",
      path: 'src/server.ts',
      code: `import Fastify from 'fastify';\nconst app = Fastify({\n  logger: {\n    level: 'info',\n    ⟦file: '/var/log/analytics/server.log'⟧,\n  },\n});\n`,
      messageIncludes: ["Fastify's logger writes to a file"],
    },
    {
      name: "AdonisJS' file target",
      path: 'config/logger.ts',
      code: `import { defineConfig, targets } from '@adonisjs/core/logger'\nexport default defineConfig({\n  default: 'app',\n  loggers: { app: { transport: { targets: targets().push(⟦targets.file({ destination: 'storage/logs/adonis.log' })⟧).toArray() } } },\n})\n`,
    },
  ],
};

const python: Examples = {
  valid: [
    {
      name: 'a handler on a file the environment names, behind an opt-in switch',
      path: 'app/logging_setup.py',
      code: `import logging\nimport os\n\nif os.environ.get("LOG_TO_FILE"):\n    logging.getLogger().addHandler(logging.FileHandler(os.environ["LOG_FILE"]))\nhandler = logging.FileHandler(filename=os.getenv("AUDIT_LOG"))\n`,
    },
    {
      name: "a one-off script's --log-file option",
      path: 'scripts/backfill.py',
      code: `import argparse\nimport logging\n\nparser = argparse.ArgumentParser()\nparser.add_argument("--log-file")\nargs = parser.parse_args()\nlogging.basicConfig(filename=args.log_file, level=logging.INFO)\nlogging.getLogger().addHandler(logging.FileHandler(args.log_file))\n`,
    },
    {
      name: "a click command's --log-file, and a helper given its path by the caller",
      path: 'scripts/import_employees.py',
      code: `import click\nimport logging\n\n\n@click.command()\n@click.option("--log-file", default=None)\ndef main(log_file):\n    logging.basicConfig(filename=log_file, level=logging.INFO)\n\n\ndef attach(logger, path=None):\n    logger.addHandler(logging.FileHandler(path))\n`,
    },
  ],
  invalid: [
    {
      name: 'a literal path beside an env-chosen one',
      path: 'app/logging_setup.py',
      code: `import logging\nimport os\n\nlogging.getLogger().addHandler(logging.FileHandler(os.environ["LOG_FILE"]))\nlogging.getLogger().addHandler(⟦logging.FileHandler("logs/audit.log")⟧)\n`,
    },
    {
      name: 'a parameter whose default is the file',
      path: 'app/audit.py',
      code: `import logging\n\n\ndef attach(logger, path="logs/audit.log"):\n    logger.addHandler(⟦logging.FileHandler(path)⟧)\n`,
    },
    {
      name: "structlog's logger factory given a file it opens",
      path: 'payroll/logging_conf.py',
      code: `from pathlib import Path\n\nimport structlog\n\nstructlog.configure(\n    logger_factory=⟦structlog.WriteLoggerFactory(file=Path("logs/structlog.log").open("at"))⟧,\n)\nstructlog.configure(logger_factory=structlog.PrintLoggerFactory())\n`,
      messageIncludes: ['WriteLoggerFactory'],
    },
  ],
};

const go: Examples = {
  valid: [
    {
      name: "a tool's -log-file flag",
      path: 'cmd/replay/main.go',
      code: `package main\n\nimport (\n\t"flag"\n\t"log"\n\t"os"\n)\n\nfunc main() {\n\tlogFile := flag.String("log-file", "", "write the log to this file")\n\tflag.Parse()\n\tif *logFile != "" {\n\t\tf, err := os.OpenFile(*logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)\n\t\tif err != nil {\n\t\t\tlog.Fatal(err)\n\t\t}\n\t\tlog.SetOutput(f)\n\t}\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'a file the code names, beside a flag it does not read for it',
      path: 'cmd/ingest/main.go',
      code: `package main\n\nimport (\n\t"flag"\n\t"log"\n\t"os"\n)\n\nfunc main() {\n\tverbose := flag.String("level", "info", "log level")\n\tflag.Parse()\n\t_ = verbose\n\tf, _ := os.OpenFile("ingest.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)\n\t⟦log.SetOutput(f)⟧\n}\n`,
    },
  ],
};

const properties: Examples = {
  valid: [
    {
      name: 'log4j appenders on the console, and a file appender no logger uses',
      path: 'src/main/resources/log4j.properties',
      code: `log4j.rootLogger=INFO, stdout\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\nlog4j.appender.old=org.apache.log4j.RollingFileAppender\nlog4j.appender.old.File=/var/log/old.log\n`,
    },
  ],
  invalid: [
    {
      name: "log4j 1.x's file appender on the root logger",
      path: 'src/main/resources/log4j.properties',
      code: `log4j.rootLogger=INFO, stdout, file\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\n⟦log4j.appender.file⟧=org.apache.log4j.RollingFileAppender\nlog4j.appender.file.File=/var/log/audit/audit.log\n`,
      messageIncludes: ['RollingFileAppender'],
    },
    {
      name: "log4j2's RollingFile appender referenced by the root logger",
      path: 'src/main/resources/log4j2.properties',
      code: `⟦appender.rolling.type⟧ = RollingFile\nappender.rolling.name = ROLLING\nappender.rolling.fileName = logs/app.log\nrootLogger.level = info\nrootLogger.appenderRef.rolling.ref = ROLLING\n`,
      messageIncludes: ['log4j2 RollingFile appender'],
    },
  ],
};

export const SETUP_EXAMPLES: Readonly<Record<'ruby' | 'javascript' | 'python' | 'go' | 'properties', Examples>> = { ruby, javascript, python, go, properties };
