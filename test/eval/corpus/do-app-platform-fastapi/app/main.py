import os

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="quotes")
API_TOKEN = os.environ["QUOTES_API_TOKEN"]


def require_token(authorization: str = Header(default="")) -> None:
    if authorization != f"Bearer {API_TOKEN}":
        raise HTTPException(status_code=401, detail="invalid token")


@app.get("/quotes/random", dependencies=[Depends(require_token)])
def random_quote() -> dict:
    return {"text": "Simplicity is prerequisite for reliability.", "author": "Dijkstra"}
