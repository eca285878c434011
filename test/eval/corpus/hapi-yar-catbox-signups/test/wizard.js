'use strict';

const Lab = require('@hapi/lab');
const { expect } = require('@hapi/code');
const Hapi = require('@hapi/hapi');
const Yar = require('@hapi/yar');

const { describe, it } = (exports.lab = Lab.script());

describe('wizard', () => {
  it('stores a step', async () => {
    const server = Hapi.server();
    await server.register({ plugin: Yar, options: { maxCookieSize: 0, cookieOptions: { password: 'x'.repeat(32), isSecure: false } } }); // tfl-eval-not: memory-session-store
    expect(server).to.exist();
  });
});
