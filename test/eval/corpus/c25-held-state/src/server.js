const express = require('express');
const { checkoutRoutes } = require('./checkout');
const { createSupportDesk } = require('./desk');

const app = express();
app.use(express.json());
app.use(checkoutRoutes(express.Router()));
app.use(createSupportDesk().router);
app.listen(process.env.PORT); // tfl-eval: no-graceful-shutdown
