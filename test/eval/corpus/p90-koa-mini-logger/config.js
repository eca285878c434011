'use strict';

const path = require('path');
const os = require('os');

module.exports = {
  debug: process.env.NODE_ENV !== 'production',
  logdir: process.env.LOG_DIR || path.join(os.homedir(), '.mirror', 'logs'),
  port: Number(process.env.PORT) || 7001,
};
