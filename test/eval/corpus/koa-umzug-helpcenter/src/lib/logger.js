'use strict';
// tracer's daily file logger: one file per day under ./logs, rotated by the library.
const tracer = require('tracer');

module.exports = tracer.dailyfile({ // tfl-eval: file-logger
  root: './logs',
  maxLogFiles: 14,
  allLogsFileName: 'helpcenter',
  format: '{{timestamp}} <{{title}}> {{message}} (in {{file}}:{{line}})',
  dateformat: 'HH:MM:ss.L',
});
