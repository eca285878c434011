import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({
  host: 'smtp.eu.mailgun.org', // tfl-eval: hardcoded-backing-service
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD },
});

export function notify(subject: string, text: string) {
  return transport.sendMail({ from: 'catalog@acme.test', to: process.env.OPS_EMAIL, subject, text });
}
