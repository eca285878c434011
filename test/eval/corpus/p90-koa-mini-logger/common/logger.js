'use strict';

const formater = require('error-formater');
const Logger = require('mini-logger');
const config = require('../config');

const isTest = process.env.NODE_ENV === 'test';

const logger = module.exports = Logger({ // tfl-eval: file-logger
  categories: ['sync_info', 'sync_error'],
  dir: config.logdir,
  duration: '1d',
  format: '[{category}.]YYYY-MM-DD[.log]',
  stdout: config.debug && !isTest,
  errorFormater: (err) => formater.both(err).text,
});

logger.syncInfo = (...args) => logger.sync_info(...args);
