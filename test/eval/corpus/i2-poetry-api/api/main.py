import os

import uvicorn
from acme_auth import require_token
from fastapi import Depends, FastAPI

app = FastAPI(title="claims-api")


@app.get("/claims/{claim_id}", dependencies=[Depends(require_token)])
def read_claim(claim_id: int) -> dict:
    return {"id": claim_id}


def run() -> None:
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ["PORT"]))
