"""Create the ledger tables. Run once per environment: python -m db.sync"""
from ledger.models import Base
from ledger.database import engine

Base.metadata.create_all(bind=engine)  # tfl-eval-not: startup-migration
print("tables created")
