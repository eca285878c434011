'use strict';
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://archiver:' + process.env.ARCHIVE_DB_PASSWORD + '@cluster0-a8kd2.mongodb.net/archive'; // tfl-eval: hardcoded-backing-service
const client = new MongoClient(uri);

async function archive(order) {
  await client.connect();
  await client.db('archive').collection('orders').insertOne(order);
}

module.exports = { archive };
