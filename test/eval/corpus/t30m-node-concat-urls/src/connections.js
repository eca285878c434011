const Redis = require('ioredis');
const mongoose = require('mongoose');
const amqp = require('amqplib');

const PRIMARY = '10.18.3.21'; // tfl-eval: hardcoded-backing-service
const MONGO_BOX = 'rosters-db.heron.internal'; // tfl-eval: hardcoded-backing-service

const cache = new Redis('redis://' + PRIMARY + ':6379/0');
mongoose.connect('mongodb://' + MONGO_BOX + ':27017/rosters');

const mqHost = 'mq.heron.internal'; // tfl-eval: hardcoded-backing-service
const brokerUrl = 'amqp://rosters@' + mqHost + ':5672';

// Hard negatives: the environment, a parameter, a web page, a log line.
const replica = process.env.REPLICA_HOST;
const replicaUrl = 'redis://' + replica + ':6379';
const site = 'rosters.heron.example';
const portal = 'https://' + site + '/login'; // tfl-eval-not: hardcoded-backing-service
console.log('cache at ' + PRIMARY); // tfl-eval-not: hardcoded-backing-service

function queueUrl(host) {
  return 'amqp://' + host + ':5672';
}

module.exports = { cache, brokerUrl, replicaUrl, portal, queueUrl, connectQueue: () => amqp.connect(brokerUrl) };
