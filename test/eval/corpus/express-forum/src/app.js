const fs = require('fs');
const path = require('path');
const express = require('express');
const session = require('express-session');
const morgan = require('morgan');
const winston = require('winston');
const { sequelize } = require('./models');

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.json(),
  transports: [
    new winston.transports.File({ filename: 'logs/error.log', level: 'error' }), // tfl-eval: file-logger
    new winston.transports.Console(), // tfl-eval-not: file-logger
  ],
});

const accessLogStream = fs.createWriteStream(path.join(__dirname, '..', 'access.log'), { flags: 'a' });

const app = express();
app.use(morgan('combined', { stream: accessLogStream })); // tfl-eval: file-logger
app.use(express.json());
app.use(
  session({ // tfl-eval: memory-session-store
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true },
  }),
);

app.get('/threads', async (req, res) => {
  res.json(await sequelize.models.Thread.findAll());
});

module.exports = { app, logger };
