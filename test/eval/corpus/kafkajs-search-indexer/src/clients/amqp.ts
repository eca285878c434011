import amqp from 'amqplib';

export async function channel() {
  const conn = await amqp.connect('amqps://indexer:7jjnJWJxPowkkRY7@rabbit.indexer.internal/search'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
  return conn.createChannel();
}

export async function localChannel() {
  const conn = await amqp.connect(process.env.AMQP_URL ?? 'amqp://guest:guest@localhost:5672'); // tfl-eval-not: hardcoded-credential
  return conn.createChannel();
}
