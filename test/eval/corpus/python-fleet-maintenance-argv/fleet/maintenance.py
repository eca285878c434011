"""Night maintenance for the edge fleet: dumps, syncs and registry pushes, run by cron on the ops box."""
import os
import subprocess


def dump_inventory() -> None:
    subprocess.run(
        ["mysqldump", "-h", "inventory-db.acme.internal", "-u", "inventory", "-pZc4Vb7Nm1Qw3Er6T", "inventory"],  # tfl-eval: hardcoded-credential
        check=True,
        stdout=open("/var/backups/inventory.sql", "wb"),
    )


def dump_inventory_from_env() -> None:
    subprocess.run(
        ["mysqldump", "-h", "inventory-db.acme.internal", "-u", "inventory", "inventory"],
        check=True,
        env={**os.environ, "MYSQL_PWD": os.environ["INVENTORY_DB_PASSWORD"]},  # tfl-eval-not: hardcoded-credential
    )


def sync_firmware() -> None:
    subprocess.check_call(["rsync", "-az", "--password-file=/etc/rsync.secret", "firmware/", "rsync://fw@mirror.acme.internal/firmware/"])  # tfl-eval-not: hardcoded-credential
    subprocess.check_call(["sshpass", "-p", "Yu8Io2Pa5Sd7Fg9H", "rsync", "-az", "firmware/", "edge@fw-cache.acme.internal:/srv/firmware/"])  # tfl-eval: hardcoded-credential


def push_images(tag: str) -> None:
    subprocess.run(["docker", "login", "-u", "fleet-ci", "-p", "Wm3Ex6Rc9Tv2Yb5N", "registry.acme.internal"], check=True)  # tfl-eval: hardcoded-credential
    subprocess.run(["docker", "push", f"registry.acme.internal/edge-agent:{tag}"], check=True)


def notify(text: str) -> None:
    subprocess.run(
        ["curl", "-fsS", "-H", "Authorization: Bearer Qa1Ws2Ed3Rf4Tg5Yh6Uj7Ik8Ol9", "-d", text, "https://notify.acme.internal/api/fleet"],  # tfl-eval: hardcoded-credential, undeclared-dependency
        check=True,
    )
    subprocess.run(
        ["curl", "-fsS", "-H", f"Authorization: Bearer {os.environ['NOTIFY_TOKEN']}", "-d", text, "https://notify.acme.internal/api/fleet"],  # tfl-eval: undeclared-dependency
        check=True,
    )


def check_redis() -> bytes:
    return subprocess.check_output(["redis-cli", "-h", "cache.acme.internal", "-a", "Pl0Ok9Ij8Uh7Yg6T", "PING"])  # tfl-eval: hardcoded-credential


def ssh_port_check() -> None:
    subprocess.run(["ssh", "-p", "2222", "edge@fw-cache.acme.internal", "true"], check=True)  # tfl-eval-not: hardcoded-credential
