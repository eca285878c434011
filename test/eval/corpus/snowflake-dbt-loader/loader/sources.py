"""Nightly extract from the legacy systems into Snowflake staging."""
import os

import boto3
import oracledb
import psycopg2
import pymssql
import snowflake.connector


def warehouse():
    return snowflake.connector.connect(
        user="LOADER_SVC",
        password="pqIG7v*VOe7WIx",  # tfl-eval: hardcoded-credential
        account="xy12345.eu-central-1",
        warehouse="LOAD_WH",
        database="RAW",
    )


def billing_pg():
    return psycopg2.connect("host=billing-db.internal port=5432 dbname=billing user=extract password=xuRlE8pwEHCVoeSTJJ sslmode=require")  # tfl-eval: hardcoded-credential, hardcoded-backing-service


def billing_pg_local():
    return psycopg2.connect(host="localhost", dbname="billing", user=os.environ["PGUSER"], password=os.environ["PGPASSWORD"])  # tfl-eval: hardcoded-backing-service


def erp_oracle():
    return oracledb.connect(user="erp_ro", password="Eq9pHP2prNlyv8M0", dsn="erp-db.internal:1521/ERPPRD")  # tfl-eval: hardcoded-credential


def erp_oracle_ezconnect():
    return oracledb.connect("erp_ro/VVv31X6NPU065L03@erp-db.internal:1521/ERPPRD")  # tfl-eval: hardcoded-credential


def crm_mssql():
    return pymssql.connect("crm-sql.internal", "crm_reader", "auTf4d*gDfNCqw", "CRM")  # tfl-eval: hardcoded-credential


def landing_bucket():
    s3 = boto3.client(
        "s3",
        region_name="eu-central-1",
        aws_access_key_id="AKIAJECN6EIC3RM3TJ3L",  # tfl-eval: hardcoded-credential
        aws_secret_access_key="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",  # tfl-eval: hardcoded-credential
    )
    return s3


def archive_bucket():
    session = boto3.Session(profile_name="archive")  # tfl-eval-not: hardcoded-credential
    return session.client("s3")
