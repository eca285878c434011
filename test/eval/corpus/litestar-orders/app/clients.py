import httpx
from minio import Minio
from twilio.rest import Client as TwilioClient
import sentry_sdk

sentry_sdk.init(dsn="https://d177dd8fdb9ee8d5d631e39815331d4f@o450123.ingest.sentry.io/5501234", traces_sample_rate=0.1)  # tfl-eval-not: hardcoded-credential

storage = Minio("files.orders.internal:9000", access_key="orders-app", secret_key="KFAdJ1BUG1HpivRkoSeUEJ6uAaNUanAR3dxFTR9d", secure=True)  # tfl-eval: hardcoded-credential

sms = TwilioClient("ACbb30d17ae8966fda2c35e53ba1a3c23e", "23516bb570df70522e369b14c1229e54")  # tfl-eval: hardcoded-credential

fulfilment = httpx.AsyncClient(
    base_url="https://api.shipbob.example.com/1.0",
    headers={"Authorization": "Bearer Bq7f8sNOv9XekUl8PbfthL2gD5mvzGGqDzE2y8p7"},  # tfl-eval: hardcoded-credential
    timeout=10.0,
)

erp = httpx.Client(auth=httpx.BasicAuth("orders", "WdAbEv38qf*PS8v"))  # tfl-eval: hardcoded-credential
