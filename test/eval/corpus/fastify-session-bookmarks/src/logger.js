'use strict'

const log4js = require('log4js')

log4js.configure({
  appenders: {
    out: { type: 'stdout' }, // tfl-eval-not: file-logger
    app: { type: 'file', filename: 'logs/bookmarks.log', maxLogSize: 10485760, backups: 3 } // tfl-eval: file-logger
  },
  categories: { default: { appenders: ['out', 'app'], level: process.env.LOG_LEVEL || 'info' } }
})

exports.logger = log4js.getLogger('bookmarks')
