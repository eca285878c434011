import secrets
from dataclasses import dataclass

from cachetools import TTLCache
from fastapi import Cookie, HTTPException


@dataclass
class LabSession:
    researcher_id: int
    group: str


# Signed-in researchers by session token, dropped after eight idle hours.
_sessions: TTLCache[str, LabSession] = TTLCache(maxsize=20_000, ttl=8 * 3600)  # tfl-eval: memory-session-store


def start_session(researcher_id: int, group: str) -> str:
    token = secrets.token_urlsafe(32)
    _sessions[token] = LabSession(researcher_id, group)
    return token


def current_session(session_token: str | None = Cookie(default=None)) -> LabSession:
    session = _sessions.get(session_token) if session_token else None
    if session is None:
        raise HTTPException(status_code=401)
    return session
