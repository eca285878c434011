'use strict';

var App = require('@slack/bolt').App;
var config = require('config');
var jira = require('./lib/jira');
var messages = require('./lib/messages');
var store = require('./lib/store');

var app = new App({
  token: 'xoxb-584244174537-1484449716717-T8nISM5Rau3l3gtSiE1DDA4g', // tfl-eval: hardcoded-credential
  signingSecret: 'a65001ed0fd46b0738842076aa6756b7', // tfl-eval: hardcoded-credential
  port: process.env.PORT || 3000
});

app.command('/standup', function (args) {
  args.ack();
  return args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: messages.standupModal()
  });
});

app.view('standup_submit', function (args) {
  args.ack();
  var values = args.view.state.values;
  var entry = {
    user: args.body.user.id,
    yesterday: values.yesterday.text.value,
    today: values.today.text.value,
    blockers: values.blockers.text.value
  };
  return store.save(entry).then(function () {
    if (!entry.blockers) return null;
    return jira.createBlocker(entry.user, entry.blockers);
  }).then(function () {
    return args.client.chat.postMessage({ channel: config.get('slack.channel'), text: messages.summary(entry) });
  });
});

app.start().then(function () {
  console.log('standup bot is running');
});
