import twilio from 'twilio';
import { env } from '../../config/env';

const client = twilio(env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN);

export async function sendReminder(to: string, petName: string, at: Date) {
  return client.messages.create({
    from: env.TWILIO_FROM_NUMBER,
    to,
    body: `Reminder: ${petName}'s appointment is on ${at.toLocaleString('en-US')}. Reply C to cancel.`,
  });
}
