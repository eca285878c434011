class FakeItem:
    saved = []  # tfl-eval-not: memory-session-store

    def save(self):
        FakeItem.saved.append(self)

    @classmethod
    def all(cls):
        return cls.saved
