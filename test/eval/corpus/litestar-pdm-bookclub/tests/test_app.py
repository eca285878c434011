from litestar.testing import TestClient

from bookclub.app import app


def test_list_circles_empty():
    with TestClient(app=app) as client:
        assert client.get("/circles").status_code == 200
