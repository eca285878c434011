const fs = require('fs');
const path = require('path');
const express = require('express');
const session = require('express-session');
const morgan = require('morgan');
const config = require('./config');
const logger = require('./logger');
const { sequelize, Product } = require('./models');
const cart = require('./routes/cart');
const checkout = require('./routes/checkout');

const app = express();

const accessLog = fs.createWriteStream(path.join(__dirname, '..', 'logs', 'access.log'), { flags: 'a' });
app.use(morgan('combined', { stream: accessLog }));
app.use(express.json());
app.use(
  session({
    secret: 'CDdcCHh5bzrpclQxNy',
    resave: false,
    saveUninitialized: true,
  }),
);

app.get('/products', async (req, res) => {
  res.json(await Product.findAll());
});
app.use('/cart', cart.router);
app.use('/checkout', checkout);

async function start() {
  await sequelize.sync({ alter: true });
  app.listen(config.port, () => logger.info(`Black Friday shop listening on ${config.port}`));
}

start();
