const express = require('express');
const { ParseServer } = require('parse-server');
const mongoose = require('mongoose');

const databaseUri = process.env.DATABASE_URI || process.env.MONGODB_URI;
if (!databaseUri) {
  console.log('DATABASE_URI not specified, falling back to localhost.');
}

const config = {
  databaseURI: databaseUri || 'mongodb://localhost:27017/dev', // tfl-eval-not: hardcoded-backing-service
  appId: process.env.APP_ID || 'myAppId',
  serverURL: process.env.SERVER_URL || 'http://localhost:1337/parse',
};

const cacheUrl = process.env.REDIS_URL;
const auditDb = process.env.AUDIT_MONGO_URL;
mongoose.connect(auditDb ?? 'mongodb://127.0.0.1:27017/audit'); // tfl-eval-not: hardcoded-backing-service

// A remote default behind a variable is still a hidden default.
const reportsUri = process.env.REPORTS_MONGO_URL;
const reports = mongoose.createConnection(reportsUri || 'mongodb://reports.db.internal:27017/reports'); // tfl-eval: hardcoded-backing-service

const app = express();
app.use('/parse', new ParseServer(config));
module.exports = { app, cacheUrl, reports };
