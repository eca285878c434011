'use strict'

const pino = require('pino')

// Audit trail of link deletions, kept by the ops team.
module.exports = pino({
  level: 'info',
  transport: { // tfl-eval: file-logger
    target: 'pino/file',
    options: { destination: '/var/log/shortlinks/audit.log', mkdir: true }
  }
})
