import hashlib
import os


class User:
    def __init__(self, username, digest):
        self.username = username
        self.digest = digest


class UserDB:
    def __init__(self, path):
        self.path = path
        self.users = {}  # tfl-eval-not: memory-session-store
        self.load()

    def load(self):
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                name, digest = line.strip().split(":", 1)
                self.users[name] = User(name, digest)

    def check(self, username, password):
        user = self.users.get(username or "")
        if user is None:
            return None
        digest = hashlib.sha256((password or "").encode()).hexdigest()
        return user if digest == user.digest else None


def default_db():
    return UserDB(os.environ.get("USERS_FILE", "/etc/notes/users.txt"))
