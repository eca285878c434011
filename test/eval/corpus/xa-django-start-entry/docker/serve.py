"""Process entry for the slim image: apply migrations, then hand over to gunicorn."""
import os
import sys

from django.core.management import execute_from_command_line


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings")
    execute_from_command_line(["manage.py", "migrate", "--noinput"])  # tfl-eval: startup-migration
    execute_from_command_line(["manage.py", "check", "--deploy"])
    port = os.environ.get("PORT", "8000")
    os.execvp("gunicorn", ["gunicorn", "clinic.wsgi", "--bind", f"0.0.0.0:{port}"])


if __name__ == "__main__":
    sys.exit(main())
