import os

import hvac
import snowflake.connector
from slack_sdk import WebClient
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

vault = hvac.Client(url="https://vault.corp.example.net:8200", token="hvs.CAESIJ7uMp5ZEArSKba8aoSwPdT2pWZL5K3oehrOLUzpyRgVCzB6Gh4KHGh2cy5OT0xBS0VlemtIcndyejd5cVAxNHQ") # tfl-eval: hardcoded-credential

warehouse = snowflake.connector.connect(
    user="DIRECTORY_SYNC",
    password="NOLAKEezkHrwrz7", # tfl-eval: hardcoded-credential
    account="xy12345.eu-central-1",
    warehouse="REPORTING_WH",
)

slack = WebClient(token="xoxb-12096705795-8651035316436-cngPRhmRICjxWB4CZsFk5ZRj") # tfl-eval: hardcoded-credential
alerts = WebClient(token=os.environ.get("SLACK_ALERTS_TOKEN"))

reporting_url = URL.create(
    "postgresql+psycopg2",
    username="reporting",
    password="OLUzpyRgVCzB6x", # tfl-eval: hardcoded-credential
    host="reporting.internal",
    database="reporting",
)
reporting = create_engine(reporting_url, pool_pre_ping=True)

audit_url = URL.create("postgresql", username="audit", password=os.environ["AUDIT_DB_PASSWORD"], host="audit.internal")
