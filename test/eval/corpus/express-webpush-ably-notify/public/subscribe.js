// Browser: subscribes with the public VAPID key and gets Ably tokens from the server.
const applicationServerKey = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U'; // tfl-eval-not: hardcoded-credential

async function subscribe(registration) {
  return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
}

const realtime = new Ably.Realtime({ authUrl: '/api/ably-token' }); // tfl-eval-not: hardcoded-credential
const timeLabel = 'Updated at 12:30:45'; // tfl-eval-not: hardcoded-credential
