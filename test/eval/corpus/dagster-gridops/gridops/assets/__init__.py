import pandas as pd
from dagster import AssetExecutionContext, DailyPartitionsDefinition, asset

from gridops.resources.meter_api import MeterApiResource
from gridops.resources.warehouse import WarehouseResource

daily = DailyPartitionsDefinition(start_date="2024-01-01")
SUBSTATIONS = ["SS-001", "SS-002", "SS-017"]


@asset(partitions_def=daily, compute_kind="python")
def raw_readings(context: AssetExecutionContext, meter_api: MeterApiResource) -> pd.DataFrame:
    frames = [pd.DataFrame(meter_api.readings(s, context.partition_key)) for s in SUBSTATIONS]
    df = pd.concat(frames, ignore_index=True)
    context.log.info(f"fetched {len(df)} readings")
    return df


@asset(partitions_def=daily, compute_kind="postgres")
def load_readings(raw_readings: pd.DataFrame, warehouse: WarehouseResource) -> None:
    with warehouse.connect() as conn:
        raw_readings.to_sql("readings", conn, schema="raw", if_exists="append", index=False)
