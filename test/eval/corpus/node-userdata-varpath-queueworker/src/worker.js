const amqp = require('amqplib');
const config = require('config');

async function main() {
  const conn = await amqp.connect(process.env.AMQP_URL || config.get('amqp.url'));
  const ch = await conn.createChannel();
  await ch.assertQueue('jobs', { durable: true });
  ch.consume('jobs', (msg) => {
    console.log('job', msg.content.toString());
    ch.ack(msg);
  });
  process.on('SIGTERM', async () => { await conn.close(); process.exit(0); });
}

main();
