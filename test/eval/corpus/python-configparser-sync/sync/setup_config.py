"""Write the sync tool's config file on first run."""
import configparser
import os
from enum import Enum
from pathlib import Path
from typing import NamedTuple

import dotenv
import yaml

CONFIG_PATH = Path.home() / ".config" / "inventory-sync" / "sync.ini"


class Partner(NamedTuple):
    name: str
    base_url: str = "https://api.partner.example"  # tfl-eval-not: hardcoded-credential
    api_key: str = "3ZvLodLamH2YoBecY9wFio2Y"  # tfl-eval: hardcoded-credential


class Secrets(str, Enum):
    WAREHOUSE_TOKEN = "iSswwsP2swkfjWjYBbz844KE"  # tfl-eval: hardcoded-credential
    LABEL = "Warehouse token"  # tfl-eval-not: hardcoded-credential


def write_defaults() -> None:
    config = configparser.ConfigParser()
    config["warehouse"] = {"url": "https://wms.partner.example", "password": "H4dzhlASrbDoi70ScuSDjkNn"}  # tfl-eval: hardcoded-credential
    config.add_section("shop")
    config.set("shop", "api_secret", "m98enhIv7smaSaa640RWQ10C")  # tfl-eval: hardcoded-credential
    config.set("shop", "api_version", "2024-01")  # tfl-eval-not: hardcoded-credential
    config.set("shop", "token", os.environ.get("SHOP_TOKEN", ""))  # tfl-eval-not: hardcoded-credential
    CONFIG_PATH.parent.mkdir(parents=True, exist_ok=True)
    with CONFIG_PATH.open("w") as handle:
        config.write(handle)


def seed_env_file() -> None:
    dotenv.set_key(".env", "REDIS_PASSWORD", "KlrliVkiIcZpNrKdA2wbZ0P2")  # tfl-eval: hardcoded-credential
    dotenv.set_key(".env", "LOG_LEVEL", "info")  # tfl-eval-not: hardcoded-credential
    os.putenv("SYNC_API_TOKEN", "x2ZTPgS4NoOpBbPSWMquNUeb")  # tfl-eval: hardcoded-credential


# tfl-eval-not: hardcoded-credential (the api_token in the string below is labelled in labels.json: a comment there would join the string)
RULES = yaml.safe_load(
    """
mapping:
  sku: product_code
  api_token: 6lACwtb9wgasPbkGIr1uD5Y7
"""
)
