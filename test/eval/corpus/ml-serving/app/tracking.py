import os

import mlflow

os.environ["MLFLOW_TRACKING_USERNAME"] = "ml-bot"
os.environ["MLFLOW_TRACKING_PASSWORD"] = "mlfl0w-Bot-Pass-77"  # tfl-eval: hardcoded-credential
mlflow.set_tracking_uri("https://mlflow.acme-labs.ai")


def log_eval(run_name: str, metrics: dict) -> None:
    with mlflow.start_run(run_name=run_name):
        mlflow.log_metrics(metrics)
