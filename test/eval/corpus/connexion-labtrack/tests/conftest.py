import os

import pytest

os.environ.setdefault("LABTRACK_JWT_SECRET", "pytest-jwt-secret-not-used-anywhere-else")  # tfl-eval-not: hardcoded-credential
os.environ.setdefault("LABTRACK_DATABASE_URL", "postgresql+psycopg://postgres:postgres@localhost:5432/labtrack_test")  # tfl-eval-not: hardcoded-credential,hardcoded-backing-service


@pytest.fixture
def client():
    from labtrack.app import app

    return app.test_client()


@pytest.fixture
def auth_header():
    from labtrack.auth import issue_token

    return {"Authorization": f"Bearer {issue_token('tester', ['samples:read'])}"}
