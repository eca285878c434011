"""HTTP clients for the partners billing talks to."""
import dataclasses
import functools
import os

import attr
import requests
from requests.auth import HTTPBasicAuth


@dataclasses.dataclass
class LedgerConfig:
    base_url: str = "https://ledger.partner.example/api"  # tfl-eval-not: hardcoded-credential
    api_key: str = dataclasses.field(default="U2zdIhH2vHJR0WIICV4G7RaRE1")  # tfl-eval: hardcoded-credential
    timeout: float = dataclasses.field(default=10.0)
    token_header: str = dataclasses.field(default="X-Api-Key")  # tfl-eval-not: hardcoded-credential


@attr.s(auto_attribs=True)
class TaxConfig:
    endpoint: str = "https://tax.partner.example/v2"  # tfl-eval-not: hardcoded-credential
    secret: str = attr.ib(default="5VBeYXDFkO3UEb5OctDzAlarEP")  # tfl-eval: hardcoded-credential
    account: str = attr.ib(default=os.environ.get("TAX_ACCOUNT", "demo"))  # tfl-eval-not: hardcoded-credential


# One partner only takes basic auth; the service account is read-only.
fetch_rates = functools.partial(
    requests.get,
    "https://rates.partner.example/v1/latest",
    auth=HTTPBasicAuth("billing-ro", "uVpi5U475fhs5AB7Xfy4bXFqXl"),  # tfl-eval: hardcoded-credential
    timeout=5,
)

PG_PARAMS = dict(
    host=os.environ.get("WAREHOUSE_HOST", "localhost"),
    user="warehouse_reader",  # tfl-eval-not: hardcoded-credential
    password="17og7uQ2qLl2KuZ6a7qJR3j7bU",  # tfl-eval: hardcoded-credential
    dbname="warehouse",
)


def ledger_session() -> requests.Session:
    session = requests.Session()
    session.headers.update({"X-Api-Key": os.environ["LEDGER_API_KEY"], "Accept": "application/json"})  # tfl-eval-not: hardcoded-credential
    return session


def tax_session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = "Bearer gU4qS135kmtVN5oWj48lpWTbrl"  # tfl-eval: hardcoded-credential
    return session
