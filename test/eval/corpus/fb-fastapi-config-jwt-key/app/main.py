from fastapi import FastAPI

from app.core import config
from app.core.security import create_access_token

app = FastAPI(title=config.PROJECT_NAME)


@app.post(config.API_PREFIX + "/token")
def token(username: str):
    return {"access_token": create_access_token(username)}
