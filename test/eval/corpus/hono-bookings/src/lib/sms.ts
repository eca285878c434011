import twilio from 'twilio';

// Reminder texts go out from the shared Twilio subaccount.
const client = twilio('ACbb61d69ba7dbdbbfc86504753a5446f7', '68f8878f5351ed9149b3e21cc89f4ed6'); // tfl-eval: hardcoded-credential

export function sendReminder(to: string, when: string) {
  return client.messages.create({ to, from: process.env.TWILIO_FROM, body: `Reminder: your table is booked for ${when}.` });
}
