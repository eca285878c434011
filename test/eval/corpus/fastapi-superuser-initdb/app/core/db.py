from passlib.context import CryptContext
from sqlmodel import Session, create_engine, select

from app.core.config import settings
from app.models import User

engine = create_engine(str(settings.SQLALCHEMY_DATABASE_URI))
pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


def init_db(session: Session) -> None:
    # Tables come from Alembic migrations (prestart); this only makes sure the first superuser exists.
    user = session.exec(select(User).where(User.email == settings.FIRST_SUPERUSER)).first()
    if not user:
        user = User(
            email=settings.FIRST_SUPERUSER,
            hashed_password=pwd_context.hash(settings.FIRST_SUPERUSER_PASSWORD),
            is_superuser=True,
        )
        session.add(user)
        session.commit()
