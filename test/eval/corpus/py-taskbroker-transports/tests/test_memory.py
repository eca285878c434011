from taskbroker.transports.memory import MemoryTransport


def test_display():
    assert str(MemoryTransport()) == "redis://memory"
