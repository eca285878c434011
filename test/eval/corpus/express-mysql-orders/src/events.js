'use strict';
const { Kafka } = require('kafkajs');

const kafka = new Kafka({
  clientId: 'orders-api',
  brokers: ['10.0.0.4:9092', '10.0.0.5:9092'], // tfl-eval: hardcoded-backing-service
});

const producer = kafka.producer();

async function publishOrderCreated(order) {
  await producer.send({ topic: 'orders.created', messages: [{ key: String(order.id), value: JSON.stringify(order) }] });
}

module.exports = { producer, publishOrderCreated };
