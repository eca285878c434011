import datetime
import logging
import os


class DailyFileHandler(logging.Handler):
    """Writes each record to logs/<YYYY-MM-DD>.log, opening the day's file per record."""

    def __init__(self, directory="logs"):
        super().__init__()
        self.directory = directory

    def emit(self, record):
        os.makedirs(self.directory, exist_ok=True)
        path = os.path.join(self.directory, f"{datetime.date.today():%Y-%m-%d}.log")
        with open(path, "a", encoding="utf-8") as stream:  # tfl-eval: file-logger
            stream.write(self.format(record) + "\n")


class StdoutJsonHandler(logging.StreamHandler):
    """The production handler: JSON lines on stdout."""

    def format(self, record):
        return '{"level": "%s", "msg": "%s"}' % (record.levelname, record.getMessage())


def configure(app):
    handler = DailyFileHandler()
    handler.setLevel(logging.INFO)
    app.logger.addHandler(handler)
