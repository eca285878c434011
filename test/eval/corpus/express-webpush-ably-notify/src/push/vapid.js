const webpush = require('web-push');

const PUBLIC_VAPID_KEY = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U'; // tfl-eval-not: hardcoded-credential

webpush.setVapidDetails('mailto:ops@notify-hub.example', PUBLIC_VAPID_KEY, 'LZ9SXPF0g8HaoZV3-29Iv0EtUyT2iko_6llgwaCnCTh'); // tfl-eval: hardcoded-credential

function configureFromEnv() {
  webpush.setVapidDetails(process.env.VAPID_SUBJECT, process.env.VAPID_PUBLIC_KEY, process.env.VAPID_PRIVATE_KEY); // tfl-eval-not: hardcoded-credential
}

async function notify(subscription, payload) {
  await webpush.sendNotification(subscription, JSON.stringify(payload), { TTL: 3600 });
}

module.exports = { PUBLIC_VAPID_KEY, configureFromEnv, notify };
