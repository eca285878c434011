class Hooks:
    """Hooks the app registers when it starts."""

    hooks = {}  # tfl-eval-not: memory-session-store

    @classmethod
    def register(cls, name, fn):
        cls.hooks[name] = fn

    @classmethod
    def all(cls):
        return dict(cls.hooks)
