const Analytics = require('analytics-node');

const analytics = new Analytics('dtYvlfJZdUaRPbFYl2YU1UBlY1mNV8LX', { flushAt: 20 }); // tfl-eval: hardcoded-credential

module.exports = analytics;
