import json

import pytest

FIXTURE = "tests/notes.json"


@pytest.fixture
def saved_notes():
    with open(FIXTURE, "w") as fh:  # tfl-eval-not: memory-session-store
        json.dump([{"id": "1", "owner": "u1", "text": "hi"}], fh)
    with open(FIXTURE) as fh:
        yield json.load(fh)
