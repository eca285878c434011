const express = require('express');
const mongoose = require('mongoose');

const app = express();
app.get('/recipes', (req, res) => res.json([]));
mongoose.connect(process.env.MONGODB_URI);
const server = app.listen(process.env.PORT);
process.on('SIGTERM', () => server.close(() => mongoose.disconnect()));
