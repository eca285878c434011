import logging

import pytest


@pytest.fixture(autouse=True)
def file_log(tmp_path):
    handler = logging.FileHandler(tmp_path / "test.log")  # tfl-eval-not: file-logger
    logging.getLogger().addHandler(handler)
    yield
    logging.getLogger().removeHandler(handler)
