import pandas as pd
import responses

from gridops.assets import raw_readings
from gridops.resources.meter_api import MeterApiResource
from dagster import build_asset_context

FAKE_KEY = "test-meter-api-key"  # tfl-eval-not: hardcoded-credential


@responses.activate
def test_raw_readings_concatenates_substations():
    for s in ["SS-001", "SS-002", "SS-017"]:
        responses.get(f"https://meter.test/substations/{s}/readings", json={"readings": [{"kwh": 1.5}]})
    api = MeterApiResource(base_url="https://meter.test", api_key=FAKE_KEY)
    df = raw_readings(build_asset_context(partition_key="2024-03-01"), api)
    assert isinstance(df, pd.DataFrame) and len(df) == 3
