"""Deploy the booking site to the two web hosts behind the load balancer."""
from fabric import Connection, SerialGroup, task
from invocations.console import confirm

WEB_HOSTS = ["web1.bookings.internal", "web2.bookings.internal"]
DEPLOY_USER = "deploy"
SUDO_PASSWORD = "!bQmmAjYTwIVWmiC"  # tfl-eval: hardcoded-credential
RELEASES = "/srv/bookings/releases"


def _connections():
    return SerialGroup(
        *WEB_HOSTS,
        user=DEPLOY_USER,
        connect_kwargs={"password": "xPRNHSWSlGu2e4%p3A"},  # tfl-eval: hardcoded-credential
        config=None,
    )


@task
def deploy(c, ref="main"):
    if ref != "main" and not confirm(f"Deploy {ref} instead of main?"):
        return
    for conn in _connections():
        conn.config.sudo.password = SUDO_PASSWORD
        release = f"{RELEASES}/{ref}"
        conn.run(f"git -C /srv/bookings/repo fetch && git -C /srv/bookings/repo worktree add -f {release} {ref}")
        conn.run(f"cd {release} && /srv/bookings/venv/bin/pip install -r requirements.txt -q")
        conn.sudo("systemctl reload bookings")


@task
def backup_db(c):
    db = Connection("db1.bookings.internal", user="postgres", connect_kwargs={"key_filename": "/home/ci/.ssh/id_ed25519"})
    db.run("PGPASSWORD=$BOOKINGS_DB_PASSWORD pg_dump -Fc bookings > /var/backups/bookings.dump")
