const bunyan = require('bunyan')

module.exports = bunyan.createLogger({
  name: 'kb',
  streams: [
    { level: 'info', stream: process.stdout }, // tfl-eval-not: file-logger
    { level: 'warn', type: 'rotating-file', path: '/var/log/kb/warnings.log', period: '1d', count: 7 } // tfl-eval: file-logger
  ]
})
