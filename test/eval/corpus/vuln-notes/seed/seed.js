const mongoose = require('mongoose');

async function main() {
  await mongoose.connect('mongodb://mongo.vulnnotes.local:27017/vulnnotes'); // tfl-eval-not: hardcoded-backing-service
  await mongoose.connection.db.collection('users').insertMany([
    { username: 'admin', password: 'admin123', role: 'admin' },
    { username: 'alice', password: 'alice2024', role: 'user' },
  ]);
  await mongoose.disconnect();
}

main();
