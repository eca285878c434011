import argparse
import getpass

import click


def parse():
    parser = argparse.ArgumentParser(description="Ledger maintenance")
    parser.add_argument("--password", help="Database password (prompted when missing)")  # tfl-eval-not: hardcoded-credential
    parser.add_argument("--token", default=None, help="API token for the ledger service")  # tfl-eval-not: hardcoded-credential
    args = parser.parse_args()
    if args.password is None:
        args.password = getpass.getpass("Password: ")  # tfl-eval-not: hardcoded-credential
    return args


@click.command()
@click.option("--api-key", envvar="LEDGER_API_KEY", required=True, help="The ledger API key")  # tfl-eval-not: hardcoded-credential
def rotate(api_key):
    click.echo("Rotating the API key; the old key stays valid for 24 hours.")  # tfl-eval-not: hardcoded-credential
