const express = require('express');
const routes = require('./routes/account');

const app = express();
app.use(express.urlencoded({ extended: true }));
routes(app);
app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
