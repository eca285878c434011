import click

from app.db import Base, engine
from app import models  # noqa: F401  (registers the tables)


@click.command()
def init_db():
    """Create the tables once, by hand."""
    Base.metadata.create_all(bind=engine)
