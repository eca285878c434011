import nodemailer from 'nodemailer';

export function createMailer(host: string, login: string, secret: string) {
  return nodemailer.createTransport({ host, port: 465, secure: true, auth: { user: login, pass: secret } });
}

export function passwordHint(passwordField: string, minLength: number): string {
  return `${passwordField} needs ${minLength} characters`;
}

export const mailer = createMailer('smtp.paygate.example', 'notify@paygate.example', 'CZJwNGVq7idO'); // tfl-eval: hardcoded-credential
export const hint = passwordHint('new-password', 12); // tfl-eval-not: hardcoded-credential
export const fromEnv = createMailer('smtp.paygate.example', 'notify@paygate.example', process.env.SMTP_PASS ?? ''); // tfl-eval-not: hardcoded-credential
