const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const config = require('./config');
const auth = require('./routes/auth');

const app = express();
app.use(express.json());
app.use(session({ secret: config.sessionSecret, store: MongoStore.create({ mongoUrl: config.mongoUrl }), resave: false, saveUninitialized: false }));
app.use('/auth', auth);

const server = app.listen(config.port);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
