import { describe, expect, it } from 'vitest';
import { Kafka } from 'kafkajs';

describe('kafka client', () => {
  it('builds with a test sasl login', () => {
    const client = new Kafka({ clientId: 't', brokers: ['localhost:9092'], sasl: { mechanism: 'plain', username: 'test', password: 'test-secret' } }); // tfl-eval-not: hardcoded-credential
    expect(client).toBeDefined();
  });
});
