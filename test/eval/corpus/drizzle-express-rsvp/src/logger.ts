import log4js from 'log4js';

log4js.configure({
  appenders: {
    out: { type: 'stdout' }, // tfl-eval-not: file-logger
    rsvpFile: { type: 'dateFile', filename: 'logs/rsvp.log', pattern: 'yyyy-MM-dd', numBackups: 7 }, // tfl-eval: file-logger
  },
  categories: { default: { appenders: ['out', 'rsvpFile'], level: 'info' } },
});

export const logger = log4js.getLogger('rsvp');
