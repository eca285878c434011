"""Run once per environment: `python scripts/bootstrap_connections.py`."""
from airflow import settings
from airflow.models import Connection, Variable


def main() -> None:
    session = settings.Session()
    session.add(
        Connection(
            conn_id="crm_api",
            conn_type="http",
            host="https://api.crm.example",
            login="etl",
            password="Wb3nX8qT5vR1mK7z",  # tfl-eval: hardcoded-credential
        )
    )
    session.add(Connection(conn_id="slack_default", conn_type="slack", password="xoxb-311497915775-5923880457991-rJyvQVVlrbrbCvt9Q6qLXlNV"))  # tfl-eval: hardcoded-credential
    session.commit()
    Variable.set("geocoder_api_key", "8c943b2ec37e6dd569e277f88b60fd43")  # tfl-eval: hardcoded-credential
    Variable.set("warehouse_schema", "analytics")


if __name__ == "__main__":
    main()
