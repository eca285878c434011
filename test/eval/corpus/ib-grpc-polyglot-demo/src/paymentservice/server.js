'use strict';

const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const charge = require('./charge');
const logger = require('./logger');

const PORT = 50061;
const PROTO_PATH = path.join(__dirname, '/proto/demo.proto');

function loadProto(file) {
  const packageDefinition = protoLoader.loadSync(file, { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true });
  return grpc.loadPackageDefinition(packageDefinition).shop;
}

function chargeHandler(call, callback) {
  try {
    callback(null, charge(call.request));
  } catch (err) {
    logger.warn(err);
    callback(err);
  }
}

function main() {
  const shop = loadProto(PROTO_PATH);
  const server = new grpc.Server();
  server.addService(shop.PaymentService.service, { charge: chargeHandler.bind(this) });
  server.bindAsync(`0.0.0.0:${PORT}`, grpc.ServerCredentials.createInsecure(), () => { // tfl-eval: hardcoded-port
    logger.info(`PaymentService gRPC server started on port ${PORT}`);
    server.start();
  });
}

main();
