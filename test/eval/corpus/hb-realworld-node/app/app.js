const express = require('express');
const mongoose = require('mongoose');
const session = require('express-session');

const isProduction = process.env.NODE_ENV === 'production';
const app = express();

if (isProduction) {
  mongoose.connect(process.env.MONGODB_URI); // tfl-eval-not: hardcoded-backing-service
} else {
  mongoose.connect('mongodb://localhost/conduit'); // tfl-eval-not: hardcoded-backing-service
  mongoose.set('debug', true);
}

if (process.env.NODE_ENV === 'production') {
  app.set('search', process.env.SEARCH_URL);
} else {
  // A shared staging cluster is no laptop default.
  mongoose.createConnection('mongodb://mongo.staging.internal:27017/search'); // tfl-eval: hardcoded-backing-service
}

if (process.env.NODE_ENV !== 'production') {
  mongoose.createConnection('mongodb://127.0.0.1:27017/conduit_events'); // tfl-eval-not: hardcoded-backing-service
}

module.exports = app;
