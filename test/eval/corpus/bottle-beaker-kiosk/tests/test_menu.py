from beaker.middleware import SessionMiddleware

from kiosk.app import MENU, app

TEST_SESSION = {"session.type": "memory", "session.auto": True}  # tfl-eval-not: memory-session-store


def test_menu_prices():
    SessionMiddleware(app, TEST_SESSION)
    assert MENU["espresso"] == 250
