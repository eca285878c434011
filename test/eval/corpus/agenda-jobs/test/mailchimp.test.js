var assert = require('assert');
var nock = require('nock');

describe('mailchimp sync', function () {
  it('stores the member count', function (done) {
    nock('https://us21.api.mailchimp.com').get(/members/).basicAuth({ user: 'anystring', pass: 'test-key-us21' }).reply(200, { total_items: 42 }); // tfl-eval-not: hardcoded-credential
    done();
  });
});
