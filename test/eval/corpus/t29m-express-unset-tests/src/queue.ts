import amqp from 'amqplib';

export async function connectQueue(): Promise<amqp.Connection> {
  if (process.env.AMQP_URL === '' || process.env.AMQP_URL === undefined) {
    return amqp.connect('amqp://localhost:5672'); // tfl-eval-not: hardcoded-backing-service
  }
  return amqp.connect(process.env.AMQP_URL);
}

export async function connectAudit(): Promise<amqp.Connection> {
  const url = process.env.AUDIT_AMQP_URL !== undefined ? process.env.AUDIT_AMQP_URL : 'amqp://localhost:5672/audit'; // tfl-eval-not: hardcoded-backing-service
  return amqp.connect(url);
}
