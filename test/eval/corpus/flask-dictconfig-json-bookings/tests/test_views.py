import logging

from bookings import create_app


def test_booking(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    logging.basicConfig(filename=tmp_path / "test.log")  # tfl-eval-not: file-logger
    client = create_app().test_client()
    assert client.post("/bookings", json={"room": 4, "guest_id": 9}).status_code == 201
