'use strict';

const grpc = require('@grpc/grpc-js');
const health = require('./health');

// The health server listens where the platform says.
const server = new grpc.Server();
server.addService(health.service, health.handlers);
server.bindAsync(`0.0.0.0:${process.env.PORT}`, grpc.ServerCredentials.createInsecure(), () => server.start()); // tfl-eval-not: hardcoded-port
