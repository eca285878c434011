"""In-process transport used by the test runner and the CLI's --dry-run."""
from collections import deque


class MemoryTransport:
    def __init__(self):
        self._queue = deque()

    def publish(self, body: bytes) -> None:
        self._queue.append(body)

    def __str__(self) -> str:
        return "redis://memory"  # tfl-eval-not: hardcoded-backing-service

    def __repr__(self):
        return "amqp://in-process/"  # tfl-eval-not: hardcoded-backing-service
