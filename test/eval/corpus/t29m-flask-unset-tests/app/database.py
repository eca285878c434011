import os

from sqlalchemy import create_engine

if os.environ.get("DATABASE_URL") is None:
    engine = create_engine("postgresql://ledger@localhost:5432/ledger")  # tfl-eval-not: hardcoded-backing-service
else:
    engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)

if os.getenv("ANALYTICS_DATABASE_URL", "") == "":
    analytics = create_engine("postgresql://analytics@warehouse.prod.internal:5432/analytics")  # tfl-eval: hardcoded-backing-service
else:
    analytics = create_engine(os.environ["ANALYTICS_DATABASE_URL"])

if os.getenv("LEDGER_MODE") == "replica":
    replica = create_engine("postgresql://ledger@localhost:5433/ledger")  # tfl-eval: hardcoded-backing-service
else:
    replica = engine
