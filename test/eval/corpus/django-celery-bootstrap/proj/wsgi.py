import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")  # tfl-eval-not: hardcoded-credential
# Until ops moves the billing key into the task definition.
os.environ.setdefault("BILLING_API_KEY", "Ahj7wvEERxvNB1Gc9h2aMNE5YP")  # tfl-eval: hardcoded-credential

application = get_wsgi_application()
