const mongoose = require('mongoose');

// Production must point at the cluster: no branch on the environment here.
mongoose.connect('mongodb://db.budget.internal:27017/budget'); // tfl-eval: hardcoded-backing-service

module.exports = mongoose;
