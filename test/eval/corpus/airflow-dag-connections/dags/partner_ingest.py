from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.providers.postgres.operators.postgres import PostgresOperator
from airflow.providers.sftp.operators.sftp import SFTPOperator

with DAG("partner_ingest", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
    fetch = SFTPOperator(
        task_id="fetch",
        ssh_conn_id="partner_sftp",
        remote_filepath="/outbox/{{ ds }}.csv",
        local_filepath="/tmp/{{ ds }}.csv",
        operation="get",
    )
    load = PostgresOperator(
        task_id="load",
        postgres_conn_id="warehouse",
        sql="COPY staging.partner FROM '/tmp/{{ ds }}.csv' CSV HEADER",
    )
    api_key = Variable.get("geocoder_api_key", default_var=None)  # tfl-eval-not: hardcoded-credential
    fetch >> load
