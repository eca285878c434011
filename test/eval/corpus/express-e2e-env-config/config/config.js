const _ = require('underscore');
const all = require('./env/all');

// e2e_test.js, development.js or production.js, by NODE_ENV.
module.exports = _.extend(all, require(`./env/${process.env.NODE_ENV || 'development'}`) || {});
