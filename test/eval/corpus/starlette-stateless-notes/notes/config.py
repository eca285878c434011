import os

DATABASE_URL = os.environ["DATABASE_URL"]
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
SESSION_TTL_SECONDS = int(os.environ.get("SESSION_TTL_SECONDS", "86400"))
# Public docs of the search syntax, linked from the UI.
SEARCH_HELP_URL = "https://docs.notes.example.org/search"
