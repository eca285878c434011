from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.core.config import settings

engine = create_engine(settings.SQLALCHEMY_DATABASE_URI, pool_pre_ping=True)  # tfl-eval-not: hardcoded-credential
SessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)

# The archive database is read by the nightly roll-up only.
archive_engine = create_engine(
    "postgresql+psycopg2://archiver:YdnMES4S0X#rqpl@archive-db.internal:5432/telemetry_archive",  # tfl-eval: hardcoded-credential, hardcoded-backing-service
    pool_size=2,
)
