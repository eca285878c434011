import os

from fastapi import FastAPI

app = FastAPI(title=os.environ.get("APP_TITLE", "geo"))
