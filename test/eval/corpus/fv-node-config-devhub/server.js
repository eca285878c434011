const express = require('express');
const mongoose = require('mongoose');
const config = require('config');

const app = express();
mongoose.connect(process.env.MONGO_URI || config.get('mongoURI'));
app.use(express.json());
app.use('/api/auth', require('./routes/api/auth'));

const PORT = process.env.PORT || 5000;
app.listen(PORT, () => console.log(`Server started on port ${PORT}`)); // tfl-eval: no-graceful-shutdown
