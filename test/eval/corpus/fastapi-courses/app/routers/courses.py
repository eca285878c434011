from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from app.db import get_db
from app.security import oauth2_scheme
from app.services.search import search_courses

router = APIRouter()


@router.get("/")
def list_courses(q: str = Query(default="", max_length=100), token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)):
    return search_courses(q)
