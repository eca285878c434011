const bunyan = require('bunyan');

// Front-desk staff read yesterday's log when a patient disputes a booking.
module.exports = bunyan.createLogger({
  name: 'clinic',
  streams: [
    { level: 'info', stream: process.stdout }, // tfl-eval-not: file-logger
    { level: 'info', type: 'rotating-file', path: '/var/log/clinic/clinic.log', period: '1d', count: 7 }, // tfl-eval: file-logger
  ],
});
