const { Client } = require('@elastic/elasticsearch');
const amqp = require('amqplib');
const cloudinary = require('cloudinary').v2;

const es = new Client({
  node: 'https://search.clinic.internal:9200', // tfl-eval: hardcoded-backing-service
  auth: { username: 'elastic', password: 'Juniper2707!8zd' }, // tfl-eval: hardcoded-credential
});

cloudinary.config({
  cloud_name: 'clinic-media',
  api_key: '865235381211694',
  api_secret: 'uBImWzitKXK7asnn92GDIcmJ', // tfl-eval: hardcoded-credential
});

async function queue() {
  const connection = await amqp.connect('amqps://clinic:7owmhHZFb5YxSaxG98Hr@mq.clinic.internal:5671'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
  return connection.createChannel();
}

module.exports = { es, queue, cloudinary };
