const amqp = require('amqplib');

let channel;

async function publish(routingKey, payload) {
  if (!channel) {
    const conn = await amqp.connect({ hostname: 'rabbitmq.bookshelf.internal', port: 5672, username: process.env.AMQP_USER, password: process.env.AMQP_PASS }); // tfl-eval: hardcoded-backing-service
    channel = await conn.createChannel();
  }
  channel.publish('books', routingKey, Buffer.from(JSON.stringify(payload)));
}

module.exports = { publish };
