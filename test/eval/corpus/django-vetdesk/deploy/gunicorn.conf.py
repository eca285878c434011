import multiprocessing
import os

bind = "0.0.0.0:" + os.environ.get("PORT", "8000")
workers = multiprocessing.cpu_count() * 2 + 1
accesslog = "-"


def on_starting(server):
    # Apply pending migrations once, in the master, before the workers fork.
    import django
    from django.core.management import call_command

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetdesk.settings.base")
    django.setup()
    call_command("migrate", interactive=False)  # tfl-eval: startup-migration
