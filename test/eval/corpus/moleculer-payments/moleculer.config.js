"use strict";

/**
 * Moleculer ServiceBroker configuration.
 * https://moleculer.services/docs/0.14/configuration.html
 */
module.exports = {
  namespace: "payments",
  nodeID: null,
  logger: { type: "Console", options: { level: "info", formatter: "json" } },
  transporter: "nats://payments:Vc2Ckz9C7KvTaLNStf@nats.payments.svc:4222", // tfl-eval: hardcoded-credential, hardcoded-backing-service
  cacher: { type: "Redis", options: { ttl: 30, redis: { host: "redis.payments.svc", password: process.env.REDIS_PASSWORD } } }, // tfl-eval: hardcoded-backing-service
  serializer: "JSON",
  requestTimeout: 10 * 1000,
  retryPolicy: { enabled: true, retries: 3, delay: 100, maxDelay: 1000, factor: 2 },
  tracing: { enabled: true, exporter: { type: "Jaeger", options: { endpoint: null, host: "jaeger-agent", port: 6832 } } },
  metrics: { enabled: true, reporter: { type: "Prometheus", options: { port: 3030 } } },
};
