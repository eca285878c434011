import enum
import uuid
from datetime import datetime

from sqlalchemy import DateTime, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class TokenKind(str, enum.Enum):
    ACCESS = "access"
    REFRESH = "refresh"
    PASSWORD_RESET = "password_reset"


class User(Base):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    hashed_password: Mapped[str] = mapped_column(String(255))
    api_key_prefix: Mapped[str | None] = mapped_column(String(8))
    api_key_hash: Mapped[str | None] = mapped_column(String(64))


class IssuedToken(Base):
    __tablename__ = "issued_tokens"

    jti: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[TokenKind] = mapped_column(Enum(TokenKind))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
