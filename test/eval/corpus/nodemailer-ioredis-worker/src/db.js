const mongoose = require('mongoose');

async function connectMongo() {
  await mongoose.connect('mongodb+srv://digest-worker:Qw7eR4tY1uI8oP5a@cluster0.x7k2p.mongodb.net/digests?retryWrites=true&w=majority'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

module.exports = { connectMongo };
