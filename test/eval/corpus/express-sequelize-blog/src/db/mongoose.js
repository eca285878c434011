const mongoose = require('mongoose');

const MONGO_URI = process.env.MONGO_URI || 'mongodb+srv://blog-api:4v13lebjEk8F1LAQfvpd@cluster0.x3kq1.mongodb.net/comments?retryWrites=true'; // tfl-eval: hardcoded-credential, hardcoded-backing-service

async function connect() {
  await mongoose.connect(MONGO_URI);
  console.log('comments store connected');
}

module.exports = { connect };
