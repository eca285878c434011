import pytest  # tfl-eval: undeclared-dependency

from app import main

sessions = {}


@pytest.fixture
def engine_url():
    return "sqlite+aiosqlite:///:memory:"


def test_hold_keeps_slot(engine_url):
    sessions["patient-1"] = [3]
    main.held_slots["patient-1"] = [3]
    assert main.held_slots["patient-1"] == [3]
