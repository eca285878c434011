import click
from flask.cli import FlaskGroup

from app import create_app, db


@click.group(cls=FlaskGroup, create_app=create_app)
def cli():
    """Management script for the recipes service."""


@cli.command("recreate_db")
def recreate_db():
    db.drop_all()
    db.create_all()
    db.session.commit()


@cli.command("check_db")
def check_db():
    db.session.execute(db.text("SELECT 1"))
    click.echo("database reachable")


if __name__ == "__main__":
    cli()
