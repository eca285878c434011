from starlette.testclient import TestClient


def test_import():
    import tidepool.app  # noqa: F401
