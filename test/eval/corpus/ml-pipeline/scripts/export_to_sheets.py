from google.oauth2 import service_account
from googleapiclient.discovery import build
import motor.motor_asyncio
import aioboto3

SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]

creds = service_account.Credentials.from_service_account_info(
    {
        "type": "service_account",
        "project_id": "ml-pipeline-prod",
        "private_key": "-----BEGIN PRIVATE KEY-----\ncWVQ/27vgwj+U6JWfClfCdhm6rfhz+meYB/vBknTWXkpAP0pyjGHmT9xZsQRa5Af\nU3P8GcJ80L7z5Pz4Vr6iYcty7BCLwVgbWFdi58lD3HEwP8yiybgfCULmovFYzXSH\naYuK6ftJ3qEoHG5bdsxHMxPo5J65WOWJxu696mfkJbtsFdhyjeJuDmviPnwuhI/B\nTPn+UqoHFgSfb2P4tvU6T521baJuPdpv5d24ZGsDruvqFYsEdTy7DzOzgRwtdlEB\n/vdBxghEUJAupoLhp5Yw7jr8pEUrB+Ak9sfjk82VW2oHjlliFR0VpvgI1avFinfe\n5EAX3Tdc9m8ndrIV8+JZH06XGRGYuEV5sQJVj02fYezYVwlPuhaptXKE3DLucOL4\n-----END PRIVATE KEY-----\n",  # tfl-eval: hardcoded-credential
        "client_email": "exporter@ml-pipeline-prod.iam.gserviceaccount.com",
        "token_uri": "https://oauth2.googleapis.com/token",
    },
    scopes=SCOPES,
)
sheets = build("sheets", "v4", credentials=creds)

mongo = motor.motor_asyncio.AsyncIOMotorClient("mongodb+srv://exporter:eSrF68zw63uGLEfjMf7B@ml.abcd1.mongodb.net/features")  # tfl-eval: hardcoded-credential

session = aioboto3.Session(aws_access_key_id="AKIAMZ7Y2ELAVCKCJICY", aws_secret_access_key="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", region_name="us-east-1")  # tfl-eval: hardcoded-credential
