from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import User
from app.security import TOKEN_TYPE, create_access_token, verify_password

router = APIRouter()

INVALID_LOGIN = "Incorrect username or password"


@router.post("/token")
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = db.scalar(select(User).where(User.email == form.username))
    if user is None or not verify_password(form.password, user.hashed_password):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail=INVALID_LOGIN,
            headers={"WWW-Authenticate": "Bearer"},
        )
    return {"access_token": create_access_token(str(user.id)), "token_type": TOKEN_TYPE}


@router.post("/password-reset")
def request_password_reset(email: str):
    # Same answer whether or not the account exists.
    return {"detail": "If the account exists, a password reset link has been sent."}
