import shlex

from invoke import task
from pelican import main as pelican_main

SETTINGS_FILE_BASE = "pelicanconf.py"
SETTINGS_FILE_PUBLISH = "publishconf.py"
CONFIG = {
    "deploy_path": "output",
    "ssh_user": "priya",
    "ssh_host": "notes.priyaraman.dev",
    "ssh_path": "/var/www/notes",
    "netlify_auth_token": "nfp_DC8cxVyacCnNA4kAZStkQuU9RViCnqGj4vtQ",  # tfl-eval: hardcoded-credential
}


@task
def publish(c):
    pelican_main(["-s", SETTINGS_FILE_PUBLISH])
    c.run(
        'rsync --delete --exclude ".DS_Store" -pthrvz -c '
        '-e "ssh -p 22" {} {ssh_user}@{ssh_host}:{ssh_path}'.format(CONFIG["deploy_path"].rstrip("/") + "/", **CONFIG)
    )


@task
def netlify(c):
    pelican_main(["-s", SETTINGS_FILE_PUBLISH])
    c.run(f"netlify deploy --prod --dir output --auth {shlex.quote(CONFIG['netlify_auth_token'])}")
