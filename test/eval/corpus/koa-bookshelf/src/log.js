const bunyan = require('bunyan');

module.exports = bunyan.createLogger({
  name: 'bookshelf',
  streams: [
    { level: 'info', stream: process.stdout }, // tfl-eval-not: file-logger
    { level: 'error', path: '/var/log/bookshelf/error.log' }, // tfl-eval: file-logger
  ],
});
