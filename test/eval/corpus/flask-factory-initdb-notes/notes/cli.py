import click
from flask.cli import with_appcontext

from .models import reset_db


@click.command("reset-db")
@with_appcontext
def reset_db_command():
    """Drop and recreate every table."""
    reset_db()  # tfl-eval-not: startup-migration
    click.echo("Database reset.")
