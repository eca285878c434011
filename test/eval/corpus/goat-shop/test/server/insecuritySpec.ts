import { expect } from 'chai';
import { hmac } from '../../lib/insecurity';

describe('insecurity', () => {
  it('hmac is stable', () => {
    const secret = 'eT9sGf3kLq8Zw2Rx'; // tfl-eval-not: hardcoded-credential
    expect(hmac(secret)).to.have.length(64);
  });
});
