'use strict';

var assert = require('assert');
var App = require('@slack/bolt').App;
var messages = require('../lib/messages');

describe('standup modal', function () {
  it('builds three inputs', function () {
    var app = new App({ token: 'xoxb-test', signingSecret: 'test-signing-secret', deferInitialization: true }); // tfl-eval-not: hardcoded-credential
    assert.ok(app);
    assert.strictEqual(messages.standupModal().blocks.length, 3);
  });
});
