'use strict';

module.exports = {
  namespace: process.env.NAMESPACE || 'rides',
  nodeID: process.env.NODE_ID || null,
  logger: { type: 'Console', options: { formatter: 'json', level: process.env.LOG_LEVEL || 'info' } },
  transporter: process.env.TRANSPORTER || 'nats://localhost:4222',
  cacher: process.env.CACHER || 'Memory',
  serializer: 'JSON',
  requestTimeout: 10 * 1000,
  retryPolicy: { enabled: true, retries: 3, delay: 200 },
  tracking: { enabled: true, shutdownTimeout: 10 * 1000 },
  metrics: { enabled: process.env.METRICS === 'true', reporter: { type: 'Prometheus', options: { port: 3030 } } },
};
