require('dotenv').config();
const express = require('express');
const mongoose = require('mongoose');
const { verifyUser } = require('./middleware/auth');

const app = express();
app.use(express.json());
mongoose.connect(process.env.MONGO_URL);
app.get('/api/bookings', verifyUser, (req, res) => res.json([]));
app.listen(process.env.PORT); // tfl-eval: no-graceful-shutdown
