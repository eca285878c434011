const log4js = require('log4js');

log4js.configure({
  appenders: {
    out: { type: 'stdout' }, // tfl-eval-not: file-logger
    app: { type: 'file', filename: 'logs/crm.log', maxLogSize: 10485760, backups: 3 }, // tfl-eval: file-logger
  },
  categories: { default: { appenders: ['out', 'app'], level: 'info' } },
});

module.exports = log4js.getLogger('crm');
