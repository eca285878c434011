const express = require('express');
const session = require('express-session');
const mongoose = require('mongoose');
const winston = require('winston');
const notes = require('./routes/notes');

const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'logs/app.log' })] }); // tfl-eval: file-logger

mongoose.connect(process.env.MONGO_URL || 'mongodb://localhost:27017/vulnnotes'); // tfl-eval-not: hardcoded-backing-service

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: true, saveUninitialized: true })); // tfl-eval: memory-session-store
app.use('/notes', notes);

const port = process.env.PORT || 3000;
app.listen(port, () => logger.info(`listening on ${port}`)); // tfl-eval: no-graceful-shutdown
