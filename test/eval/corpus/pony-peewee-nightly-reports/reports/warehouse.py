"""Warehouse connections: SQLAlchemy for Postgres, pymssql for the old ERP, oracledb for HR."""
import os

import oracledb
import pymssql
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

WAREHOUSE_URL = URL.create(
    "postgresql+psycopg",
    username="etl",
    password="r5fU2y8UPfMuqnHz05Fp",  # tfl-eval: hardcoded-credential
    host=os.environ.get("WAREHOUSE_HOST", "localhost"),
    database="warehouse",
)

SANDBOX_URL = URL.create(
    "postgresql+psycopg",
    username=os.environ.get("SANDBOX_USER", "sandbox"),
    password=os.environ.get("SANDBOX_PASSWORD"),  # tfl-eval-not: hardcoded-credential
    host=os.environ.get("SANDBOX_HOST", "localhost"),
    database="sandbox",
)

engine = create_engine(WAREHOUSE_URL, pool_pre_ping=True)


def erp_connection():
    return pymssql.connect(os.environ["ERP_HOST"], "erp_reader", "OMGfND670WxqEpqQc4xk", "erp")  # tfl-eval: hardcoded-credential


def hr_connection():
    return oracledb.connect(user="hr_reports", password="Qm4vT9zRw2Lp8Kx3Hs6J", dsn=os.environ["HR_DSN"])  # tfl-eval: hardcoded-credential


def hr_connection_from_env():
    return oracledb.connect(user=os.environ["HR_USER"], password=os.environ["HR_PASSWORD"], dsn=os.environ["HR_DSN"])  # tfl-eval-not: hardcoded-credential
