from kombu import Connection

from consumers import orders


def test_queue_binds_to_order_events():
    with Connection("memory://guest:guest@localhost//") as conn:  # tfl-eval-not: hardcoded-credential
        bound = orders.orders_queue(conn.channel())
        bound.declare()
    assert orders.orders_queue.routing_key == "order.*"
