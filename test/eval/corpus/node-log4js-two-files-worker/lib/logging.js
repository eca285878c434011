const log4js = require('log4js');

log4js.configure({
  appenders: {
    everything: { type: 'dateFile', filename: 'logs/worker.log', pattern: 'yyyy-MM-dd', numBackups: 7 }, // tfl-eval: file-logger
    failures: { type: 'file', filename: 'logs/failures.log' }, // tfl-eval-not: file-logger (a related location of the finding above: one configuration, one finding)
  },
  categories: {
    default: { appenders: ['everything', 'failures'], level: 'info' },
  },
});

module.exports = log4js.getLogger('worker');
