import { Kafka, logLevel } from 'kafkajs';

export const kafka = new Kafka({
  clientId: 'search-indexer',
  brokers: ['pkc-lzvrd.us-west4.gcp.confluent.cloud:9092'], // tfl-eval: hardcoded-backing-service
  ssl: true,
  sasl: {
    mechanism: 'plain',
    username: 'OZ7KQ3XVN2MJ5RTA',
    password: 'o7mXwOczV1dcP8n7AdZ_vIOlPxNP7Jy6f5hhL_ip8XAbWVX-SokiagJRx5', // tfl-eval: hardcoded-credential
  },
  logLevel: logLevel.WARN,
});
