import configparser
import os

import yaml

CONFIG_FILE = os.environ.get("CONFIG_FILE", "/etc/tollbooth/config.yml")


def load():
    with open(CONFIG_FILE) as handle:
        config = yaml.safe_load(handle)
    legacy = configparser.ConfigParser()
    legacy.read(os.environ.get("LEGACY_SETTINGS", "/srv/tollbooth/legacy.ini"))
    config["legacy"] = dict(legacy["gateway"]) if legacy.has_section("gateway") else {}
    return config
