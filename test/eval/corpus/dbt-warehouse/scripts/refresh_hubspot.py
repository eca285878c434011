import requests
import pandas as pd
from sqlalchemy import create_engine

HUBSPOT_TOKEN = "pat-eu1-a847d287-9331-8e24-742d-d7ebb6965f66"  # tfl-eval: hardcoded-credential
engine = create_engine("postgresql://loader:L0ader-warehouse-99@warehouse.harbor.internal/analytics")  # tfl-eval: hardcoded-credential


def fetch_deals():
    url = "https://api.hubapi.com/crm/v3/objects/deals"
    headers = {"Authorization": f"Bearer {HUBSPOT_TOKEN}"}
    rows, after = [], None
    while True:
        params = {"limit": 100, **({"after": after} if after else {})}
        page = requests.get(url, headers=headers, params=params, timeout=30).json()
        rows += [r["properties"] for r in page["results"]]
        after = page.get("paging", {}).get("next", {}).get("after")
        if not after:
            return pd.DataFrame(rows)


if __name__ == "__main__":
    fetch_deals().to_sql("deals", engine, schema="raw_hubspot", if_exists="replace", index=False)
