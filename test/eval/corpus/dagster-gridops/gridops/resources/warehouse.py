from contextlib import contextmanager

from dagster import ConfigurableResource
from sqlalchemy import create_engine


class WarehouseResource(ConfigurableResource):
    host: str
    password: str
    user: str = "gridops"
    database: str = "grid"
    port: int = 5432

    @contextmanager
    def connect(self):
        engine = create_engine(f"postgresql+psycopg2://{self.user}:{self.password}@{self.host}:{self.port}/{self.database}")
        with engine.begin() as conn:
            yield conn
