const express = require('express');
const helmet = require('helmet');
const mongoose = require('mongoose');

const app = express();
app.use(helmet());
app.get('/v1/status', (req, res) => res.send('OK'));

mongoose.connect(process.env.MONGO_URI);
const server = app.listen(process.env.PORT, () => console.info(`server started on port ${process.env.PORT}`));

process.on('SIGTERM', () => {
  server.close(() => mongoose.connection.close(false).then(() => process.exit(0)));
});

module.exports = app;
