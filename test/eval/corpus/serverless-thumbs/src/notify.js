'use strict';

const https = require('node:https');

const SIGNING_SECRET = 'b7f764ea8e36308925e0b6d12b22addf'; // tfl-eval: hardcoded-credential

module.exports.handler = async (event) => {
  const payload = JSON.stringify({ text: `New upload: ${event.key}` });
  const signature = require('node:crypto').createHmac('sha256', SIGNING_SECRET).update(payload).digest('hex');
  await new Promise((resolve, reject) => {
    const req = https.request(process.env.SLACK_WEBHOOK_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Signature': signature },
    }, resolve);
    req.on('error', reject);
    req.end(payload);
  });
};
