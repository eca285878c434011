'use strict';

var MongoClient = require('mongodb').MongoClient;
var config = require('config');

var clientPromise = MongoClient.connect(config.get('mongo.uri'));

exports.save = function (entry) {
  return clientPromise.then(function (client) {
    return client.db().collection('standups').insertOne(Object.assign({ at: new Date() }, entry));
  });
};
