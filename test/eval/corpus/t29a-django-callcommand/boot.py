import os

import django
from django.core.management import call_command

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inventory.settings")
django.setup()
call_command("runserver", f"0.0.0.0:{os.environ['PORT']}")  # tfl-eval: runtime-build-step
