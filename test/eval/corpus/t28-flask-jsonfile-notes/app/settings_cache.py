import json
import os
import tempfile

# Feature flags fetched from the flag service, cached in the temporary folder between restarts.
CACHE_PATH = os.path.join(tempfile.gettempdir(), "flags.json")
DATA_DIR = os.environ.get("NOTES_DATA_DIR", "/srv/notes")
BACKUP_PATH = os.path.join(DATA_DIR, "backup.json")


def save_flags(flags):
    with open(CACHE_PATH, "w") as fh:  # tfl-eval-not: memory-session-store
        json.dump(flags, fh)


def load_flags():
    with open(CACHE_PATH) as fh:
        return json.load(fh)


def save_backup(notes):
    with open(BACKUP_PATH, "w") as fh:  # tfl-eval-not: memory-session-store
        json.dump({"count": len(notes), "notes": notes}, fh, indent=2)
    return len(notes)


def load_backup():
    try:
        with open(BACKUP_PATH) as fh:
            return json.load(fh)["notes"]
    except FileNotFoundError:
        return []
