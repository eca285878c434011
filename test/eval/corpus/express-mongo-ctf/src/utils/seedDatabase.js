const mongoose = require('mongoose');
const User = require('../models/User');
const Flag = require('../models/Flag');

async function seedDatabase() {
  await mongoose.connect(process.env.MONGO_URL);
  await User.deleteMany({});
  await User.create([
    { username: 'admin', password: 'sup3r-s3cret-admin', isAdmin: true }, // tfl-eval-not: hardcoded-credential
    { username: 'guest', password: 'guest' },
  ]);
  await Flag.create({ challenge: 'nosql-injection', value: 'CTF{n0sql_1nj3ct10n_ftw}' });
  await mongoose.disconnect();
}

seedDatabase();
