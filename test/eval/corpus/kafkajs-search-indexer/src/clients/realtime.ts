import Pusher from 'pusher';
import twilio from 'twilio';

export const pusher = new Pusher({
  appId: '1789234',
  key: 'a3f9c2e1b7d4f6a8c0e2', // tfl-eval-not: hardcoded-credential
  secret: '8e6f4d2b0a9c7e5f3d1b', // tfl-eval: hardcoded-credential
  cluster: 'eu',
  useTLS: true,
});

export const sms = twilio('AC3f9b2e7d1c8a4f6e0b5d9c2a7e1f4b8d', '1b10b9c39a2309fb873b1b7b89f14b00'); // tfl-eval: hardcoded-credential
