from kombu import Connection, Exchange, Queue

orders_exchange = Exchange("orders", type="topic")
orders_queue = Queue("orders.fulfilment", orders_exchange, routing_key="order.*")

BROKER = Connection("amqp://fulfilment:sxhHUJzM0G0G1wOY@rabbitmq.shop.internal:5672/shop", heartbeat=10)  # tfl-eval: hardcoded-credential, hardcoded-backing-service


def drain(handler) -> None:
    with BROKER.Consumer(orders_queue, callbacks=[handler]):
        while True:
            BROKER.drain_events(timeout=5)
