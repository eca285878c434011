from datetime import datetime, timedelta

import snowflake.connector
from airflow import DAG
from airflow.models import Connection, Variable
from airflow.operators.python import PythonOperator
from simple_salesforce import Salesforce

default_args = {"owner": "data", "retries": 2, "retry_delay": timedelta(minutes=5)}

SF_USERNAME = "integration@acme-warehouse.com"
SF_PASSWORD = "NWi2hIpXSV!8uqH"  # tfl-eval: hardcoded-credential
SF_SECURITY_TOKEN = "jwmAAmByWX8S0Amgq66W"  # tfl-eval: hardcoded-credential


def extract(**context):
    sf = Salesforce(username=SF_USERNAME, password=SF_PASSWORD, security_token=SF_SECURITY_TOKEN)
    rows = sf.query_all("SELECT Id, Name, AnnualRevenue FROM Account")["records"]
    context["ti"].xcom_push(key="accounts", value=rows)


def load(**context):
    conn = snowflake.connector.connect(
        user="AIRFLOW_LOADER",
        password="k4TeqBNShQ*mavG",  # tfl-eval: hardcoded-credential
        account="acme-eu1",
        warehouse="LOAD_WH",
        database="RAW",
    )
    rows = context["ti"].xcom_pull(key="accounts")
    with conn.cursor() as cur:
        cur.executemany("insert into accounts values (%(Id)s, %(Name)s, %(AnnualRevenue)s)", rows)


def api_key():
    return Variable.get("enrichment_api_key", default_var="c30caeaedd57145fc49dec401dc901dd")  # tfl-eval: hardcoded-credential


warehouse_conn = Connection(
    conn_id="warehouse_pg",
    conn_type="postgres",
    host="warehouse.internal",
    login="airflow",
    password="2j4kOhW1Fr#Ttzv",  # tfl-eval: hardcoded-credential
    schema="analytics",
)

with DAG("sync_salesforce", start_date=datetime(2024, 1, 1), schedule="@hourly", default_args=default_args, catchup=False) as dag:
    PythonOperator(task_id="extract", python_callable=extract) >> PythonOperator(task_id="load", python_callable=load)
