import nodemailer from 'nodemailer';

// Transactional mail goes through SendGrid's SMTP relay.
export const transport = nodemailer.createTransport({
  host: 'smtp.sendgrid.net', // tfl-eval: hardcoded-backing-service
  port: 587,
  auth: {
    user: 'apikey',
    pass: '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', // tfl-eval: hardcoded-credential
  },
});

export function passwordResetMail(to: string, link: string) {
  return {
    to,
    subject: 'Reset your password',
    text: `Someone asked to reset the password for this account. Open ${link} within 30 minutes.`,
  };
}
