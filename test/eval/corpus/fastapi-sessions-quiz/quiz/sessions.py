import os
from uuid import UUID

from fastapi_sessions.backends.implementations import InMemoryBackend
from fastapi_sessions.frontends.implementations import CookieParameters, SessionCookie
from pydantic import BaseModel


class QuizSession(BaseModel):
    player: str
    answered: list[int] = []


cookie = SessionCookie(
    cookie_name="quiz",
    identifier="general_verifier",
    auto_error=True,
    secret_key=os.environ["QUIZ_COOKIE_SECRET"],  # tfl-eval-not: hardcoded-credential
    cookie_params=CookieParameters(secure=True, httponly=True),
)

# Sessions keyed by the cookie's UUID, held in this worker's memory.
backend = InMemoryBackend[UUID, QuizSession]()  # tfl-eval: memory-session-store
