require('module-alias/register');
const express = require('express');
const config = require('@config/index');  // tfl-eval-not: undeclared-dependency
const productRoutes = require('@root/src/routes/products');  // tfl-eval-not: undeclared-dependency

const app = express();
app.use(express.json());
app.use('/api/products', productRoutes);

const server = app.listen(config.port, () => console.log(`listening on ${config.port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
