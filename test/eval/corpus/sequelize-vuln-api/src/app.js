const express = require('express');
const { Sequelize } = require('sequelize');
const users = require('./routes/users');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();
app.use(express.json());
app.use('/users', users(sequelize));

const server = app.listen(process.env.PORT);
process.on('SIGTERM', () => server.close());
