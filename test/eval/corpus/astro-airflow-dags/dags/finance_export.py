from __future__ import annotations

import pendulum
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.models import Variable

SFTP_PASSWORD = Variable.get("finance_sftp_password", default_var="iPOuLc!whw3w#clTA")  # tfl-eval: hardcoded-credential
XERO_CLIENT_ID = Variable.get("xero_client_id", default_var="")  # tfl-eval-not: hardcoded-credential


def export_ledger(**context):
    import paramiko

    transport = paramiko.Transport(("sftp.finance.example.com", 22))
    transport.connect(username="airflow", password=SFTP_PASSWORD)
    client = paramiko.SFTPClient.from_transport(transport)
    client.put("/tmp/ledger.csv", f"/inbox/ledger-{context['ds']}.csv")


with DAG(
    dag_id="finance_export",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    default_args={"owner": "finance", "retries": 2},
) as dag:
    PythonOperator(task_id="export_ledger", python_callable=export_ledger)
