import dramatiq
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.results import Results
from dramatiq.results.backends import RedisBackend

from . import settings

broker = RabbitmqBroker(url="amqp://notifier:zdEzc6WQxDsefHRS3T@rabbitmq.prod.internal:5672/notify")  # tfl-eval: hardcoded-credential, hardcoded-backing-service
broker.add_middleware(Results(backend=RedisBackend(url=settings.REDIS_URL)))
dramatiq.set_broker(broker)
