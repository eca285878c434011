from datetime import datetime, timedelta, timezone

import jwt
from fastapi import HTTPException

ALGORITHM = "HS256"


def create_access_token(subject: str) -> str:
    expires = datetime.now(timezone.utc) + timedelta(hours=8)
    return jwt.encode({"sub": subject, "exp": expires}, "changeme", algorithm=ALGORITHM)  # tfl-eval: hardcoded-credential


def read_access_token(token: str) -> str:
    try:
        payload = jwt.decode(token, "changeme", algorithms=[ALGORITHM])  # tfl-eval: hardcoded-credential
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="Invalid token") from exc
    return payload["sub"]
