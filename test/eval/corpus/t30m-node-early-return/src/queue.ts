import amqp from 'amqplib';
import Redis from 'ioredis';

export function brokerUrl(): string {
  const fromEnv = process.env.AMQP_URL;
  if (fromEnv) {
    return fromEnv;
  }
  return 'amqp://localhost:5672'; // tfl-eval-not: hardcoded-backing-service
}

export async function connect(): Promise<amqp.Connection> {
  return amqp.connect(brokerUrl());
}

export function jobs(): Redis {
  const host = process.env.JOBS_REDIS_HOST;
  if (host !== undefined && host !== '') return new Redis({ host });
  return new Redis({ host: 'localhost', port: 6379 }); // tfl-eval-not: hardcoded-backing-service
}

export function metrics(): Redis {
  // A flag about the process, not the variable: the address stays the code's.
  if (process.env.NODE_ENV === 'test') return new Redis({ host: process.env.METRICS_REDIS_HOST });
  return new Redis({ host: 'localhost', port: 6380 }); // tfl-eval: hardcoded-backing-service
}
