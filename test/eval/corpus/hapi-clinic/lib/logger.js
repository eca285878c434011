const fs = require('fs');
const path = require('path');
const morgan = require('morgan');

const accessLogStream = fs.createWriteStream(path.join(__dirname, '..', 'access.log'), { flags: 'a' });

module.exports = {
  accessLog: morgan('combined', { stream: accessLogStream }), // tfl-eval: file-logger
  devLog: morgan('dev'), // tfl-eval-not: file-logger
};
