import os

from datadog import api, initialize
from pdpyras import APISession

initialize(api_key="eaecb5ea0bd4c6e38388cdee85c3c7e3", app_key="e13abaf68e6d4d6c2f382494f1841fe438d65d17")  # tfl-eval: hardcoded-credential
pagerduty = APISession("u+RnJ4OpJ6R1jUqRnLOC")  # tfl-eval: hardcoded-credential
pagerduty_env = APISession(os.environ["PAGERDUTY_TOKEN"])  # tfl-eval-not: hardcoded-credential


def page(summary: str) -> None:
    api.Event.create(title="release", text=summary, tags=["team:platform"])
    pagerduty.rpost("incidents", json={"incident": {"type": "incident", "title": summary, "service": {"id": "PX1Y2Z3", "type": "service_reference"}}})
