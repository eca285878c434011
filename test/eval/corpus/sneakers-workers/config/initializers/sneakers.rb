require "sneakers"

Sneakers.configure(
  amqp: ENV.fetch("AMQP_URL"), # tfl-eval-not: hardcoded-credential
  vhost: "/billing",
  exchange: "billing",
  exchange_type: :topic,
  workers: 2,
  prefetch: 10,
  log: $stdout
)
Sneakers.logger.level = Logger::INFO
