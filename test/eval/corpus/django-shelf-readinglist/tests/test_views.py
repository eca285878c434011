import pytest
from django.contrib.auth import get_user_model

from shelf.models import Book


@pytest.fixture
def reader(db):
    return get_user_model().objects.create_user("reader", password="reader-pass-123")


def test_shelf_lists_books(client, reader, settings):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.file"  # tfl-eval-not: memory-session-store
    Book.objects.create(owner=reader, title="Dune", author="Frank Herbert")
    client.login(username="reader", password="reader-pass-123")
    response = client.get("/")
    assert b"Dune" in response.content
