'use strict';

const { ServiceBroker } = require('moleculer');
const UsersService = require('../../services/users.service');

describe('users.login', () => {
  const broker = new ServiceBroker({ logger: false, transporter: 'nats://localhost:4222' });
  process.env.JWT_SECRET = 'jest-secret';
  broker.createService(UsersService);
  broker.createService({ name: 'users', actions: { findByEmail: () => ({ _id: 'u1', passwordHash: '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy' }) } });

  beforeAll(() => broker.start());
  afterAll(() => broker.stop());

  it('rejects a wrong password', async () => {
    await expect(broker.call('users.login', { email: 'a@b.test', password: 'wrong-password' })).rejects.toThrow('invalid');
  });
});
