import getpass
import os

import click


@click.command()
@click.option("--password", prompt=True, hide_input=True, help="Password for the ledger user")  # tfl-eval-not: hardcoded-credential
def main(password: str) -> None:
    os.environ["LEDGER_PASSWORD"] = password  # tfl-eval-not: hardcoded-credential
    admin_password = getpass.getpass("Admin password: ")  # tfl-eval-not: hardcoded-credential
    click.echo("Enter the password again to confirm" if admin_password else "No password given")  # tfl-eval-not: hardcoded-credential
