import type { Examples } from '../../rule';

const DJANGO_LOGGING = `LOGGING = {
    'version': 1,
    'handlers': {
        'console': {'class': 'logging.StreamHandler'},
        'file': {
            'level': 'INFO',
            ⟦'class': 'logging.handlers.RotatingFileHandler'⟧,
            'filename': BASE_DIR / 'logs' / 'django.log',
            'maxBytes': 10485760,
        },
    },
    'root': {'handlers': ['console', 'file'], 'level': 'INFO'},
}
`;

export const pythonExamples: Examples = {
  invalid: [
    {
      name: "Tornado's own file log: `options.log_file_prefix` set before parse_command_line (probe30)",
      path: 'app.py',
      code: "import os\nimport tornado.options\nfrom tornado.options import options\n\nLOG_FILE = os.path.join(os.path.dirname(__file__), 'server.log')\n\nif __name__ == '__main__':\n    options.log_file_prefix = ⟦LOG_FILE⟧\n    tornado.options.options.log_file_prefix = ⟦'/var/log/reader/app.log'⟧\n    tornado.options.parse_command_line()\n",
      messageIncludes: ['log_file_prefix'],
    },
    {
      name: "production settings that replace the base dict's handlers, and add one handler to them (probe22b H: Django split settings)",
      path: 'conf/settings_prod.py',
      code: "from .settings import *\n\nLOGGING['handlers'] = {\n    'appfile': {⟦'class': 'logging.FileHandler'⟧, 'filename': '/var/log/app/app.log'},\n}\nLOGGING['handlers']['errors'] = {⟦'class': 'logging.handlers.RotatingFileHandler'⟧, 'filename': '/var/log/app/errors.log'}\n",
    },
    {
      name: 'a logging.Handler subclass whose emit appends each record to the day\'s file itself',
      path: 'app/logs.py',
      code: 'import datetime\nimport logging\nimport os\n\n\nclass DailyFileHandler(logging.Handler):\n    def emit(self, record):\n        path = os.path.join("logs", f"{datetime.date.today():%Y-%m-%d}.log")\n        with ⟦open(path, "a", encoding="utf-8")⟧ as stream:\n            stream.write(self.format(record) + "\\n")\n',
      messageIncludes: ['DailyFileHandler opens a file in its emit method'],
    },
    {
      name: 'a dictConfig with two file handlers: one logging config, one finding, the second related',
      path: 'clinic/logging_setup.py',
      code: 'import logging.config\n\nLOGGING = {\n    "version": 1,\n    "handlers": {\n        "app": {⟦"class": "logging.FileHandler"⟧, "filename": "/var/log/clinic/app.log"},\n        "errors": {⟪"class": "logging.handlers.RotatingFileHandler"⟫, "filename": "/var/log/clinic/error.log"},\n    },\n    "root": {"handlers": ["app", "errors"], "level": "INFO"},\n}\nlogging.config.dictConfig(LOGGING)\n',
      messageIncludes: ['and 1 more file handler of the same config'],
    },
    {
      name: "the environment's log file with a file as its default: when nobody sets the variable, the app writes that file (as JS's `process.env.LOG_FILE || './app.log'`)",
      path: 'app/log_setup.py',
      code: `import logging\nimport os\n\nroot = logging.getLogger()\nroot.addHandler(⟦logging.FileHandler(os.environ.get("LOG_FILE", "logs/app.log"))⟧)\nroot.addHandler(⟦logging.FileHandler(os.getenv("AUDIT_LOG") or "logs/audit.log")⟧)\n`,
    },
    {
      name: "an unguarded file handler on a setting of another module, and one guarded by a different setting",
      path: 'shortlinks/logs.py',
      code: `import logging\n\nfrom shortlinks import config\n\nroot = logging.getLogger()\nroot.addHandler(⟦logging.FileHandler(config.LOG_FILE)⟧)\nif config.AUDIT_ENABLED:\n    root.addHandler(⟦logging.FileHandler(config.AUDIT_LOG)⟧)\n`,
    },
    {
      name: 'a setting lookup with a file default, or one used unguarded, still names the file in code',
      path: 'app/logging_setup.py',
      code: `import logging\n\n\ndef handler(settings):\n    path = settings.get("LOG_FILE", "logs/app.log")\n    if path:\n        return ⟦logging.FileHandler(path)⟧\n\n\ndef other(settings):\n    path = settings.get("LOG_FILE")\n    return ⟦logging.FileHandler(path)⟧\n`,
    },
    {
      name: "Scrapy settings' LOG_FILE",
      path: 'pricewatch/settings.py',
      code: `BOT_NAME = "pricewatch"\nSPIDER_MODULES = ["pricewatch.spiders"]\nLOG_LEVEL = "INFO"\nLOG_FILE = ⟦"logs/pricewatch.log"⟧\n`,
      messageIncludes: ["Scrapy's `LOG_FILE`"],
    },
    {
      name: 'a log file set up when the app is not in debug mode: the deployed app writes it',
      path: 'app/__init__.py',
      code: `import logging\nfrom flask import Flask\napp = Flask(__name__)\nif not app.debug:\n    app.logger.addHandler(⟦logging.FileHandler("logs/app.log")⟧)\n`,
    },
    {
      name: 'logging.FileHandler, fixed to a stdout stream handler',
      path: 'app/log.py',
      code: `import logging\nimport sys\n\nhandler = ⟦logging.FileHandler('app.log')⟧\nlogger.addHandler(handler)\n`,
      messageIncludes: ['Factor XI', '`logging.FileHandler` writes logs to a file', 'stdout'],
      output: `import logging\nimport sys\n\nhandler = logging.StreamHandler(sys.stdout)\nlogger.addHandler(handler)\n`,
    },
    {
      name: 'RotatingFileHandler imported from logging.handlers (no fix without sys imported)',
      path: 'app/log.py',
      code: `from logging.handlers import RotatingFileHandler\n\nhandler = ⟦RotatingFileHandler('logs/app.log', maxBytes=1_000_000, backupCount=5)⟧\n`,
      messageIncludes: ['handlers.RotatingFileHandler'],
    },
    {
      name: 'TimedRotatingFileHandler through a module alias',
      path: 'worker/log.py',
      code: `import logging.handlers as lh\n\nlogger.addHandler(⟦lh.TimedRotatingFileHandler('worker.log', when='midnight')⟧)\n`,
    },
    {
      name: 'WatchedFileHandler',
      path: 'log.py',
      code: `import logging.handlers\n\nh = ⟦logging.handlers.WatchedFileHandler('/var/log/app.log')⟧\n`,
    },
    {
      name: 'basicConfig with a filename, fixed to stream=sys.stdout',
      path: 'main.py',
      code: `import logging\nimport sys\n\n⟦logging.basicConfig(filename='app.log', level=logging.INFO)⟧\n`,
      messageIncludes: ['basicConfig(filename=...)'],
      output: `import logging\nimport sys\n\nlogging.basicConfig(stream=sys.stdout, level=logging.INFO)\n`,
    },
    {
      name: 'a Django LOGGING file handler: the class entry is reported',
      path: 'mysite/settings.py',
      code: DJANGO_LOGGING,
      messageIncludes: ["logging config's handler", 'handlers.RotatingFileHandler'],
    },
    {
      name: "Litestar's LoggingConfig given a file handler",
      path: 'app/main.py',
      code: `from litestar.logging import LoggingConfig\n\nlogging_config = LoggingConfig(\n    handlers={\n        "console": {"class": "logging.StreamHandler"},\n        "file": {⟦"class": "logging.FileHandler"⟧, "filename": "logs/reading.log"},\n    },\n)\n`,
      messageIncludes: ['Factor XI', 'FileHandler'],
    },
    {
      name: 'a dictConfig file handler',
      path: 'app/logging_setup.py',
      code: `import logging.config\n\nlogging.config.dictConfig({\n    'version': 1,\n    'handlers': {'file': {⟦'class': 'logging.FileHandler'⟧, 'filename': 'app.log'}},\n})\n`,
    },
    {
      name: 'a loguru file sink',
      path: 'app/log.py',
      code: `from loguru import logger\n\n⟦logger.add('logs/app.log', rotation='10 MB')⟧\n`,
      messageIncludes: ['loguru'],
    },
    {
      name: 'gunicorn access and error logs written to files',
      path: 'gunicorn.conf.py',
      code: `bind = '0.0.0.0:8000'\naccesslog = ⟦'/var/log/gunicorn/access.log'⟧\nerrorlog = ⟦'/var/log/gunicorn/error.log'⟧\n`,
      messageIncludes: ['gunicorn'],
      output: `bind = '0.0.0.0:8000'\naccesslog = '-'\nerrorlog = '/var/log/gunicorn/error.log'\n`,
    },
    {
      name: "gunicorn's old default config name, `gunicorn.conf` (no .py), passed with `gunicorn -c`",
      path: 'deploy/gunicorn.conf',
      code: `bind = '127.0.0.1:8001'\naccesslog = ⟦'/var/log/shop/access.log'⟧\nerrorlog = ⟦'/var/log/shop/error.log'⟧\n`,
      messageIncludes: ['gunicorn'],
      output: `bind = '127.0.0.1:8001'\naccesslog = '-'\nerrorlog = '/var/log/shop/error.log'\n`,
    },
  ],
  valid: [
    {
      name: "Tornado's log file chosen by the environment, or unset; another object's `log_file_prefix` is not Tornado's",
      path: 'app.py',
      code: "import os\nfrom tornado.options import options\n\noptions.log_file_prefix = os.environ.get('TORNADO_LOG_FILE')\noptions.log_file_prefix = None\nsettings.log_file_prefix = 'logs/app.log'\noptions.logging = 'info'\n",
    },
    {
      name: "settings that change the base dict's handlers to the console, and a file handler under another dict's key",
      path: 'conf/settings_prod.py',
      code: "from .settings import *\n\nLOGGING['handlers'] = {'console': {'class': 'logging.StreamHandler'}}\nLOGGING['handlers']['console'] = {'class': 'logging.StreamHandler', 'level': 'DEBUG'}\nHANDLER_CLASSES['archive'] = {'class': 'logging.FileHandler'}\n",
    },
    {
      name: "a logging.Handler subclass whose emit sends records to stdout and reads a template file, and a plain class's emit that writes a file",
      path: 'app/logs.py',
      code: 'import logging\nimport sys\n\n\nclass JsonStdoutHandler(logging.Handler):\n    def emit(self, record):\n        with open("templates/line.txt") as template:\n            sys.stdout.write(template.read().format(msg=record.getMessage()))\n\n\nclass Exporter:\n    def emit(self, rows):\n        with open("export.csv", "w") as out:\n            out.writelines(rows)\n',
    },
    {
      name: "the environment's log file with no default, or with a standard stream as its default",
      path: 'app/log_setup.py',
      code: `import logging\nimport os\n\nroot = logging.getLogger()\nroot.addHandler(logging.FileHandler(os.environ["LOG_FILE"]))\nroot.addHandler(logging.FileHandler(os.getenv("AUDIT_LOG")))\nlogging.basicConfig(filename=os.environ.get("LOG_FILE") or "/dev/stdout")\n`,
    },
    {
      name: 'a file handler only when a setting names a file (if config.AUDIT_LOG: / is not None): the default is no file',
      path: 'shortlinks/logs.py',
      code: `import logging\nimport sys\n\nfrom shortlinks import config\n\nroot = logging.getLogger()\nroot.addHandler(logging.StreamHandler(sys.stdout))\nif config.AUDIT_LOG:\n    logging.getLogger("audit").addHandler(logging.FileHandler(config.AUDIT_LOG))\nif config.SLOW_LOG is not None:\n    logging.getLogger("slow").addHandler(logging.FileHandler(config.SLOW_LOG))\n`,
    },
    {
      name: 'a log file named by a setting looked up with no default, used only when set (Scrapy\'s own log set-up)',
      path: 'scrapy/utils/log.py',
      code: `import logging\n\n\ndef _get_handler(settings):\n    filename = settings.get("LOG_FILE")\n    if filename:\n        handler = logging.FileHandler(filename, mode="a")\n    else:\n        handler = logging.StreamHandler()\n    return handler\n`,
    },
    {
      name: 'Scrapy settings without LOG_FILE (stderr), LOG_FILE = None; a LOG_FILE in a module that is no Scrapy settings',
      path: 'pricewatch/settings.py',
      code: `BOT_NAME = "pricewatch"\nLOG_LEVEL = "INFO"\nLOG_FILE = None\n`,
    },
    { name: 'a LOG_FILE constant of another tool', path: 'app/config.py', code: `LOG_FILE = "/var/log/app.log"\nLOG_DIR = "/var/log"\n` },
    {
      name: 'log files set up only in debug or development mode',
      path: 'app/__init__.py',
      code: `import logging, os\nfrom flask import Flask\napp = Flask(__name__)\nif app.debug:\n    app.logger.addHandler(logging.FileHandler("debug.log"))\nif os.environ.get("FLASK_ENV") == "development":\n    logging.basicConfig(filename="dev.log")\nif not settings.DEBUG:\n    app.logger.addHandler(logging.StreamHandler())\nelse:\n    app.logger.addHandler(logging.FileHandler("local.log"))\n`,
    },
    { name: "gunicorn logs to stdout/stderr ('-')", path: 'gunicorn.conf.py', code: `accesslog = '-'\nerrorlog = '-'\nloglevel = 'info'\n` },
    { name: "the same in `gunicorn.conf`, and a pid file beside it", path: 'deploy/gunicorn.conf', code: `accesslog = '-'\nerrorlog = '-'\npidfile = '/run/shop/gunicorn.pid'\n` },
    { name: 'stream handlers', path: 'app/log.py', code: `import logging\nimport sys\n\nhandler = logging.StreamHandler(sys.stdout)\nerrors = logging.StreamHandler()\n` },
    { name: 'basicConfig onto a stream or with defaults', path: 'main.py', code: `import logging, sys\nlogging.basicConfig(stream=sys.stdout, level=logging.INFO)\nlogging.basicConfig(level=logging.DEBUG)\nlogging.basicConfig(filename=None)\n` },
    {
      name: 'a console-only LOGGING config',
      path: 'mysite/settings.py',
      code: `LOGGING = {\n    'version': 1,\n    'handlers': {'console': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}},\n    'root': {'handlers': ['console'], 'level': 'INFO'},\n}\n`,
    },
    { name: 'loguru onto stderr', path: 'app/log.py', code: `import sys\nfrom loguru import logger\n\nlogger.remove()\nlogger.add(sys.stderr, level='INFO')\n` },
    { name: 'a class named FileHandler of our own (an upload handler)', path: 'uploads.py', code: `class FileHandler:\n    def save(self, f):\n        ...\n\nhandler = FileHandler()\n` },
    { name: 'a dict entry "class" outside a logging config', path: 'ui.py', code: `WIDGET = {'class': 'logging.FileHandler', 'label': 'Log file'}\n` },
  ],
};
