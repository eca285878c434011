'use strict';

const tmi = require('tmi.js');

module.exports = function (nodecg) {
  const { channel, oauthToken } = nodecg.bundleConfig.twitch; // tfl-eval-not: hardcoded-credential
  const chat = new tmi.Client({ identity: { username: channel, password: oauthToken }, channels: [channel] }); // tfl-eval-not: hardcoded-credential
  const latestFollower = nodecg.Replicant('latestFollower', { defaultValue: null });

  chat.on('message', (target, tags, message) => {
    if (message === '!password') chat.say(target, 'Nice try.'); // tfl-eval-not: hardcoded-credential
  });
  chat.connect();
  nodecg.listenFor('follow', (follower) => {
    latestFollower.value = follower;
  });
};
