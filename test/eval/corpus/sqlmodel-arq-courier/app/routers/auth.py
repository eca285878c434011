from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jose import jwt
from passlib.context import CryptContext

from app.config import settings

router = APIRouter(prefix="/auth", tags=["auth"])
pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="auth/token")  # tfl-eval-not: hardcoded-credential

# Couriers signed in on the dispatch board, with the van they took.
active_couriers: dict[str, str] = {}  # tfl-eval: memory-session-store


@router.post("/token")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    courier = await authenticate(form.username, form.password)
    if not courier:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Incorrect username or password")
    active_couriers[form.username] = courier.van_id
    expire = datetime.now(timezone.utc) + timedelta(minutes=settings.access_token_expire_minutes)
    token = jwt.encode({"sub": form.username, "exp": expire}, settings.jwt_secret, algorithm=settings.jwt_algorithm)
    return {"access_token": token, "token_type": "bearer"}  # tfl-eval-not: hardcoded-credential


async def authenticate(username: str, password: str):
    return None
