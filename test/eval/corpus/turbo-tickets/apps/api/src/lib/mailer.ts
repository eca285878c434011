import nodemailer from 'nodemailer';
import { logger } from './logger';

const transport = nodemailer.createTransport({
  host: 'smtp.sendgrid.net', // tfl-eval: hardcoded-backing-service
  port: 587,
  auth: {
    user: 'apikey',
    pass: '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', // tfl-eval: hardcoded-credential
  },
});

const FROM = 'Tickets <no-reply@tickets.example.org>';
export const PASSWORD_RESET_SUBJECT = 'Reset your password';
export const PASSWORD_CHANGED_TEMPLATE = 'password-changed';

export async function sendPasswordReset(to: string, resetUrl: string) {
  const info = await transport.sendMail({
    from: FROM,
    to,
    subject: PASSWORD_RESET_SUBJECT,
    text: `Someone asked to reset the password of your account. Follow ${resetUrl} within one hour.`,
  });
  logger.info({ messageId: info.messageId, template: 'password-reset' }, 'password reset mail sent');
}
