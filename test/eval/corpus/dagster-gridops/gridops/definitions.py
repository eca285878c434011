from dagster import Definitions, EnvVar, load_assets_from_modules
from dagster_aws.s3 import S3Resource

from gridops import assets
from gridops.resources.meter_api import MeterApiResource
from gridops.resources.warehouse import WarehouseResource
from gridops.sensors.outages import outage_sensor

defs = Definitions(
    assets=load_assets_from_modules([assets]),
    sensors=[outage_sensor],
    resources={
        "meter_api": MeterApiResource(
            base_url="https://api.meterdata.example.com/v3",
            api_key=EnvVar("METER_API_KEY"),  # tfl-eval-not: hardcoded-credential
        ),
        "warehouse": WarehouseResource(
            host=EnvVar("WAREHOUSE_HOST"),
            password=EnvVar("WAREHOUSE_PASSWORD"),  # tfl-eval-not: hardcoded-credential
        ),
        "s3": S3Resource(region_name="eu-north-1"),
    },
)
