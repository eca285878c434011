const User = require('../src/models/user');

async function seed() {
  await User.create({ email: 'owner@shop.test', password: 'Owner#2024', role: 'owner' });
}

seed().then(() => process.exit(0));
