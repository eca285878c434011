"""Point a shell at the shared staging services before running management commands."""
import os
import subprocess
import sys

os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "proj.settings",  # tfl-eval-not: hardcoded-credential
        "AWS_SECRET_ACCESS_KEY": "utNnNJpuATTFUC1ulUi1vmHzwA",  # tfl-eval: hardcoded-credential
        "AWS_DEFAULT_REGION": "eu-west-1",  # tfl-eval-not: hardcoded-credential
    }
)
os.environ["SENTRY_DSN"] = ""
os.environ["STAGING_DB_PASSWORD"] = "hcoFcOr9O90FlzChKASrakTtaH"  # tfl-eval: hardcoded-credential
os.environ["DJANGO_SECRET_KEY"] = os.environ.get("STAGING_SECRET_KEY", "")  # tfl-eval-not: hardcoded-credential

subprocess.run([sys.executable, "manage.py", *sys.argv[1:]], check=True)
