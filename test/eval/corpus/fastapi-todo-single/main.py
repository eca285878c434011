from fastapi import FastAPI
from jose import jwt

SECRET_KEY = "SUPER_SECRET_KEY_CHANGE_ME"  # tfl-eval: hardcoded-credential
ALGORITHM = "HS256"

app = FastAPI()


@app.post("/token")
def token(username: str):
    return {"access_token": jwt.encode({"sub": username}, SECRET_KEY, algorithm=ALGORITHM)}
