"""Release tasks for the billing service (pyinvoke + Fabric)."""
import os

from fabric import Connection
from invoke import task


@task
def publish(c):
    c.run("python -m build")
    c.run("twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmcCJGI4N2Q0ZjYxLTJhM2ItNGM1ZC05ZTFmLTBhN2I2YzVkNGUzZgACKlszLCJhYmMiXQAABiA dist/*")  # tfl-eval: hardcoded-credential
    c.run("twine upload -u __token__ -p $PYPI_TOKEN dist/*")  # tfl-eval-not: hardcoded-credential


@task
def migrate_remote(c):
    with Connection("billing-db.acme.internal", user="deploy", connect_kwargs={"key_filename": os.path.expanduser("~/.ssh/deploy")}) as conn:
        conn.run("mysql -u billing -pHx5Rt8Yq2Wm6Lp9Z billing < /srv/billing/schema.sql")  # tfl-eval: hardcoded-credential
        conn.sudo("systemctl restart billing")


@task
def flush_cache(c):
    c.run(f"redis-cli -h cache.acme.internal -a {os.environ['REDIS_PASSWORD']} FLUSHDB")  # tfl-eval-not: hardcoded-credential
