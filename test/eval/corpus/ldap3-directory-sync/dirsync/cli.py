import configparser
import os
import pathlib

import click

from dirsync import directory, hr


@click.command()
@click.option("--config", default=str(pathlib.Path(__file__).with_name("config.ini")))
@click.option("--bind-password", envvar="DIRSYNC_BIND_PASSWORD", default=None, help="Password of the bind DN.")  # tfl-eval-not: hardcoded-credential
def main(config: str, bind_password: str | None) -> None:
    ini = configparser.ConfigParser()
    ini.read(config)
    password = bind_password or ini["ldap"]["bind_password"]
    conn = directory.connect(ini["ldap"]["url"], ini["ldap"]["bind_dn"], password)
    access = hr.token(ini["hr"]["base_url"], ini["hr"]["client_id"], os.environ.get("DIRSYNC_HR_SECRET", ini["hr"]["client_secret"]))
    for person in hr.employees(ini["hr"]["base_url"], access):
        click.echo(f"{person['email']}: {len(directory.members(conn, person['team']))} peers")
