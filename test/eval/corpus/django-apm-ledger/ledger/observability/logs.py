import logging

from logtail import LogtailHandler


def attach_logtail(logger: logging.Logger) -> None:
    handler = LogtailHandler(source_token="9T3yD63TzScQrIWpwXyYBK0q")  # tfl-eval: hardcoded-credential
    handler.setLevel(logging.WARNING)
    logger.addHandler(handler)
