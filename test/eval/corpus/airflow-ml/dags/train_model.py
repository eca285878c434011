from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.slack.operators.slack_webhook import SlackWebhookOperator
import mlflow
from kubernetes.client import Configuration, ApiClient

configuration = Configuration()
configuration.host = "https://k8s.ml.internal:6443"
configuration.api_key = {"authorization": "Bearer P0Umi1n46BovIRFUT4JjE0SITpSFWtEnBP_cScKq-SgZFNy0JCrshg"}  # tfl-eval: hardcoded-credential
k8s = ApiClient(configuration)


def train():
    mlflow.set_tracking_uri("https://mlflow.ml.internal")
    with mlflow.start_run():
        mlflow.log_metric("auc", 0.91)


with DAG("train_model", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
    PythonOperator(task_id="train", python_callable=train)
    SlackWebhookOperator(
        task_id="notify",
        slack_webhook_conn_id="slack_ml",  # tfl-eval-not: hardcoded-credential
        message="Model trained",
    )
