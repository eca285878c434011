import pytest
from tortoise.contrib.test import finalizer, initializer


@pytest.fixture(scope="session", autouse=True)
def initialize_tests(request):
    initializer(["bookings.models"], db_url="sqlite://:memory:")
    request.addfinalizer(finalizer)


@pytest.fixture
def user_payload():
    return {"email": "guest@example.com", "password": "s3cret-guest-pass"}  # tfl-eval-not: hardcoded-credential
