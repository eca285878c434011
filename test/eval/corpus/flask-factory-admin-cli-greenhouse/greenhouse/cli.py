import os
import secrets

import click
from werkzeug.security import generate_password_hash

from .db import User, db


@click.command("create-admin")
@click.option("--username", default="admin")
def create_admin(username):
    """Create the first administrator from GREENHOUSE_ADMIN_PASSWORD, or a random one."""
    password = os.environ.get("GREENHOUSE_ADMIN_PASSWORD") or secrets.token_urlsafe(16)
    db.session.add(User(username=username, password_hash=generate_password_hash(password), is_admin=True))  # tfl-eval-not: hardcoded-credential
    db.session.commit()
    click.echo(f"created {username}")


@click.command("ensure-kiosk")
def ensure_kiosk():
    """The wall tablet in the potting shed logs in as 'kiosk'."""
    if db.session.execute(db.select(User).filter_by(username="kiosk")).scalar_one_or_none():
        return
    db.session.add(User(username="kiosk", password_hash=generate_password_hash("vtMFdmYHTHc5zTjk")))  # tfl-eval: hardcoded-credential
    db.session.commit()


@click.command("reset-password")
@click.argument("username")
def reset_password(username):
    user = db.session.execute(db.select(User).filter_by(username=username)).scalar_one()
    user.password_hash = generate_password_hash(click.prompt("New password", hide_input=True))  # tfl-eval-not: hardcoded-credential
    db.session.commit()


def register(app):
    for command in (create_admin, ensure_kiosk, reset_password):
        app.cli.add_command(command)
