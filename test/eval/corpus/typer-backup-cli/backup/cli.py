import datetime as dt
from pathlib import Path

import typer

from . import archive, remote, storage

app = typer.Typer(help="Nightly backups of the shop database and media volume.")


@app.command()
def run(
    target: Path = typer.Option(Path("/var/backups/shop"), help="Local staging folder"),
    keep: int = typer.Option(14, help="Days of backups to keep in the bucket"),
) -> None:
    stamp = dt.datetime.utcnow().strftime("%Y%m%dT%H%M")
    dump = remote.dump_database(target / f"db-{stamp}.sql.gz")
    media = archive.tar_folder(Path("/srv/shop/media"), target / f"media-{stamp}.tar.zst")
    for path in (dump, media):
        storage.upload(path)
    storage.prune(keep)


@app.command()
def restore(
    name: str,
    passphrase: str = typer.Option(..., prompt=True, hide_input=True, help="GPG passphrase of the archive"),  # tfl-eval-not: hardcoded-credential
) -> None:
    archive.decrypt(storage.download(name), passphrase)


if __name__ == "__main__":
    app()
