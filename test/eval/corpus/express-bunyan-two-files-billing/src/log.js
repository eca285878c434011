const bunyan = require('bunyan');

module.exports = bunyan.createLogger({
  name: 'billing-api',
  serializers: bunyan.stdSerializers,
  streams: [
    { level: 'info', path: '/var/log/billing/info.log' }, // tfl-eval: file-logger
    { level: 'error', path: '/var/log/billing/error.log' }, // tfl-eval-not: file-logger (a related location of the finding above: one logger, one finding)
  ],
});
