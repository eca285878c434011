import os

from fastapi import FastAPI
from pymongo import MongoClient

app = FastAPI(title="bids")
client = MongoClient(os.environ["MONGO_URL"])
bids = client.get_default_database()["bids"]


@app.get("/bids/{item_id}")
def list_bids(item_id: str):
    return [dict(b, _id=str(b["_id"])) for b in bids.find({"item": item_id}).limit(50)]
