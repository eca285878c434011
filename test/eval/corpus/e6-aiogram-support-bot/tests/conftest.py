import pytest
from aiogram import Dispatcher
from aiogram.fsm.storage.memory import MemoryStorage


@pytest.fixture()
def dispatcher():
    return Dispatcher(storage=MemoryStorage())  # tfl-eval-not: memory-session-store
