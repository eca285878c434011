const fp = require('fastify-plugin');
const mongoose = require('mongoose');

module.exports = fp(async (fastify) => {
  await mongoose.connect('mongodb+srv://analytics:rtQd9u5EHQEsqjThaNpY@cluster0.x7k2p.mongodb.net/analytics?retryWrites=true'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
  fastify.decorate('mongoose', mongoose);
});
