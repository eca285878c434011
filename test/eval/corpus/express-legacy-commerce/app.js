const express = require('express')
const mongoose = require('mongoose')
const config = require('./config')

mongoose.connect(config.mongo)
const app = express()
app.use('/admin', require('./routes/admin'))
app.listen(config.port) // tfl-eval: no-graceful-shutdown
