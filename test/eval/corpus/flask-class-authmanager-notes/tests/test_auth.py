from notes.auth import AuthManager


class FakeDB:
    def check(self, username, password):
        return None


def test_sessions_start_empty():
    AuthManager.sessions = {}
    assert AuthManager(FakeDB()).sessions == {}
