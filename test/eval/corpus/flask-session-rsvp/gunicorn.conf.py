import logging.config
import os

import yaml

bind = "0.0.0.0:" + os.environ.get("PORT", "8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))

with open(os.path.join(os.path.dirname(__file__), "logging.yaml")) as fh:
    logconfig_dict = yaml.safe_load(fh)
