import amqp from 'amqplib';

// Ride events for the billing worker.
export async function openRideChannel() {
  const connection = await amqp.connect('amqp://rabbitmq.bikeshare.svc.cluster.local:5672'); // tfl-eval: hardcoded-backing-service
  const channel = await connection.createConfirmChannel();
  await channel.assertQueue('rides.finished', { durable: true });
  return channel;
}

export async function openAuditChannel() {
  const connection = await amqp.connect(process.env.AMQP_URL!); // tfl-eval-not: hardcoded-backing-service
  return connection.createChannel();
}
