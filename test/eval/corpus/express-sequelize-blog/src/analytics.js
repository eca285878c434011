const Analytics = require('analytics-node');
const Pusher = require('pusher');

const analytics = new Analytics('P83Vys5IfkZF9qKvYkr8kMxuf8P6Ulml'); // tfl-eval: hardcoded-credential (a server-side Segment write key: anyone holding it can write into the workspace)

const pusher = new Pusher({
  appId: '1627381',
  key: 'bf71db793882fdaf14ead23bedf862e3',
  secret: '065130bb58df016cc25d21c95083c4ed', // tfl-eval: hardcoded-credential
  cluster: 'eu',
  useTLS: true,
});

function track(userId, event, properties) {
  analytics.track({ userId, event, properties });
  pusher.trigger('posts', event, properties);
}

module.exports = { track };
