from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from catalog import settings

engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True)
Session = sessionmaker(bind=engine)

# Read-only replica used by the search indexer.
replica_engine = create_engine("postgresql://indexer@10.8.0.5:5432/catalog")  # tfl-eval: hardcoded-backing-service
